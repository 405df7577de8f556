import { Page } from "@keycloak/keycloak-account-ui";
import { Alert, Spinner, Stack, StackItem, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompanyMember } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { InviteForm } from "./InviteForm";
import { memberName } from "./inviteForm";
import { MemberTable } from "./MemberTable";
import { ResetMemberModal } from "./ResetMemberModal";

type ResetResult = { member: CompanyMember; problem?: Problem };

/**
 * The company administrator's page: the other members of the company with their last sign-in, a password reset
 * email for one of them (after a confirmation; the server refuses a second one within 5 minutes, and says so in the
 * administrator's language), and the invitation of a new colleague.
 */
export function Company() {
  const { t } = useTranslation();
  const members = usePortalQuery((api, signal) => api.companyMembers(signal), []);
  const { asked, setAsked, sending, result, reset } = useMemberReset();

  return (
    <Page title={t("portalCompany")} description={t("portalCompanyDescription")}>
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel="h2">{t("portalCompanyMembers")}</Title>
        </StackItem>
        <StackItem data-testid="company-reset-result">
          <ResetResultAlert result={result} />
        </StackItem>
        <StackItem>
          <ProblemAlert problem={members.problem} />
          {members.loading && !members.data && <Spinner size="lg" aria-label={t("portalLoading")} />}
          {members.data && members.data.length === 0 && (
            <p data-testid="company-no-members">{t("portalCompanyNone")}</p>
          )}
          {members.data && members.data.length > 0 && <MemberTable members={members.data} onReset={setAsked} />}
        </StackItem>
        <StackItem>
          <InviteForm onInvited={members.reload} />
        </StackItem>
      </Stack>
      <ResetMemberModal
        member={asked}
        sending={sending}
        onConfirm={(member) => void reset(member)}
        onCancel={() => setAsked(undefined)}
      />
    </Page>
  );
}

/** The member whose reset the administrator is confirming, and the answer to the last reset sent. */
function useMemberReset() {
  const api = usePortalApi();
  const [asked, setAsked] = useState<CompanyMember>();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<ResetResult>();
  const reset = async (member: CompanyMember) => {
    setSending(true);
    setResult(undefined);
    try {
      await api.resetColleaguePassword(member.id);
      setResult({ member });
    } catch (e) {
      setResult({ member, problem: toProblem(e) });
    } finally {
      setSending(false);
      setAsked(undefined);
    }
  };
  return { asked, setAsked, sending, result, reset };
}

function ResetResultAlert({ result }: { result: ResetResult | undefined }) {
  const { t } = useTranslation();
  if (!result) return null;
  if (result.problem) return <ProblemAlert problem={result.problem} />;
  return (
    <Alert
      variant="success"
      isInline
      aria-live="polite"
      title={t("portalCompanyResetSent", { name: memberName(result.member) })}
      data-testid="company-reset-sent"
    />
  );
}
