import { getPersonalInfo, Page, useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Alert, Button, Card, CardBody, CardFooter, CardTitle, Flex, FlexItem, Spinner } from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { maskMobile } from "./mobileMask";

/** The required action that adds, changes or removes the verified mobile (sportello-verify-mobile). */
export const VERIFY_MOBILE_ACTION = "sportello-verify-mobile";
/** Its parameter for a removal: the page asks to confirm it, nothing else. */
const REMOVE = `${VERIFY_MOBILE_ACTION}:remove`;
const MOBILE_ATTRIBUTE = "mobile";

type Loaded = { mobile?: string } | "failed";

/**
 * The verified mobile number, masked, and the ways to add, change or remove it. None of them is done here: each
 * button starts the required action on Keycloak's pages (an application-initiated action, `kc_action`), where the
 * code sent by SMS is typed back and the removal is confirmed; Keycloak asks for the password again when the
 * sign-in is older than a few minutes, and the account's email address gets a notice of every change.
 */
export function MobilePage() {
  const { t } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    let current = true;
    getPersonalInfo({ context })
      .then((user) => {
        const value = user.attributes?.[MOBILE_ATTRIBUTE];
        const mobile = Array.isArray(value) ? value[0] : typeof value === "string" ? value : undefined;
        if (current) setLoaded({ mobile: maskMobile(mobile) });
      })
      .catch(() => current && setLoaded("failed"));
    return () => {
      current = false;
    };
    // the page reads the account once on arrival (and again after Keycloak's pages brought the user back)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const start = (action: string) => void context.keycloak.login({ action, redirectUri: window.location.href });

  return (
    <Page title={t("portalMobile")} description={t("portalMobileDescription")}>
      {loaded === undefined && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {loaded === "failed" && <Alert variant="danger" isInline title={t("portalMobileLoadFailed")} />}
      {loaded !== undefined && loaded !== "failed" && <MobileCard mobile={loaded.mobile} onStart={start} />}
    </Page>
  );
}

/** The number, masked, or that there is none; and the buttons that start Keycloak's pages. */
function MobileCard({ mobile, onStart }: { mobile?: string; onStart: (action: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card id="mobile-card">
      <CardTitle component="h2">{t("portalMobileTitle")}</CardTitle>
      <CardBody>
        {mobile ? (
          <p data-testid="mobile-current">{t("portalMobileCurrent", { number: mobile })}</p>
        ) : (
          <p data-testid="mobile-none">{t("portalMobileNone")}</p>
        )}
        <p>{t("portalMobileHint")}</p>
      </CardBody>
      <CardFooter>
        <Flex>
          {mobile ? (
            <>
              <FlexItem>
                <Button id="mobile-change" variant="primary" onClick={() => onStart(VERIFY_MOBILE_ACTION)}>
                  {t("portalMobileChange")}
                </Button>
              </FlexItem>
              <FlexItem>
                <Button id="mobile-remove" variant="secondary" isDanger onClick={() => onStart(REMOVE)}>
                  {t("portalMobileRemove")}
                </Button>
              </FlexItem>
            </>
          ) : (
            <FlexItem>
              <Button id="mobile-add" variant="primary" onClick={() => onStart(VERIFY_MOBILE_ACTION)}>
                {t("portalMobileAdd")}
              </Button>
            </FlexItem>
          )}
        </Flex>
      </CardFooter>
    </Card>
  );
}
