import { Button } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { CompanyMember } from "../../api";
import { formatDateTime } from "../../format";
import { memberName } from "./inviteForm";

type Props = { members: readonly CompanyMember[]; onReset: (member: CompanyMember) => void };

/** The company's other members, each with its "send password reset" button (none for a disabled or mailless one). */
export function MemberTable({ members, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("portalCompanyMembers")} variant="compact" data-testid="company-members">
      <Thead>
        <Tr>
          <Th>{t("portalCompanyName")}</Th>
          <Th>{t("portalCompanyUsername")}</Th>
          <Th>{t("portalCompanyEmail")}</Th>
          <Th>{t("portalCompanyLastSignIn")}</Th>
          <Th screenReaderText={t("portalCompanyActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {members.map((member) => (
          <Tr key={member.id} data-testid={`member-${member.username}`}>
            <Td dataLabel={t("portalCompanyName")}>{memberName(member)}</Td>
            <Td dataLabel={t("portalCompanyUsername")}>{member.username}</Td>
            <Td dataLabel={t("portalCompanyEmail")}>{member.email ?? ""}</Td>
            <Td dataLabel={t("portalCompanyLastSignIn")}>
              {member.lastSignIn ? formatDateTime(member.lastSignIn) : t("portalCompanyNoSignIn")}
            </Td>
            <Td dataLabel={t("portalCompanyActions")}>
              {member.enabled && member.email ? (
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => onReset(member)}
                  aria-label={t("portalCompanyResetFor", { name: memberName(member) })}
                  data-testid={`member-reset-${member.username}`}
                >
                  {t("portalCompanyReset")}
                </Button>
              ) : (
                t("portalCompanyResetUnavailable")
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
