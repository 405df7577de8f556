import { Page, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  Spinner,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { RECOVERY_EMAIL_ACTION } from "./recoveryEmail";
import { useRecoveryEmail } from "./useRecoveryEmail";

/**
 * The backup (recovery) email address: shows the verified one, and adds, changes or removes it through Keycloak's
 * sportello-verify-recovery-email required action (kc_action), the only place that writes the attribute: the code
 * to the new address, the notice to the primary one and the event all happen there, on a page of the sign-in theme,
 * so the console needs no endpoint of its own and cannot write the address without the proof.
 */
export function RecoveryEmailPage() {
  const { t } = useTranslation();
  const { keycloak } = useEnvironment<AccountEnvironment>();
  const state = useRecoveryEmail();

  // back to this page once the required action is done or cancelled
  const startAction = () => void keycloak.login({ action: RECOVERY_EMAIL_ACTION, redirectUri: window.location.href });

  return (
    <Page title={t("portalRecoveryEmail")} description={t("portalRecoveryEmailDescription")}>
      {state.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {state.failed && (
        <Alert variant="danger" isInline title={t("portalErrorGeneric")} data-testid="recovery-email-problem" />
      )}
      {!state.loading && !state.failed && (
        <Flex direction={{ default: "column" }} gap={{ default: "gapMd" }}>
          <DescriptionList isHorizontal>
            <DescriptionListGroup>
              <DescriptionListTerm>{t("portalRecoveryEmailCurrent")}</DescriptionListTerm>
              <DescriptionListDescription data-testid="recovery-email-current">
                {state.address ?? t("portalRecoveryEmailNone")}
              </DescriptionListDescription>
            </DescriptionListGroup>
          </DescriptionList>
          <Flex>
            <Button variant="primary" onClick={startAction} data-testid="recovery-email-change">
              {state.address ? t("portalRecoveryEmailChange") : t("portalRecoveryEmailAdd")}
            </Button>
            {state.address && (
              <Button variant="secondary" onClick={startAction} data-testid="recovery-email-remove">
                {t("portalRecoveryEmailRemove")}
              </Button>
            )}
          </Flex>
        </Flex>
      )}
    </Page>
  );
}
