import { Button, Modal } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { CompanyMember } from "../../api";
import { memberName } from "./inviteForm";

type Props = {
  member: CompanyMember | undefined;
  sending: boolean;
  onConfirm: (member: CompanyMember) => void;
  onCancel: () => void;
};

/** Asks before a colleague is sent a password reset email; open while `member` is set. */
export function ResetMemberModal({ member, sending, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      variant="small"
      isOpen={!!member}
      title={t("portalCompanyResetTitle")}
      onClose={onCancel}
      data-testid="member-reset-modal"
      actions={[
        <Button
          key="confirm"
          variant="primary"
          isLoading={sending}
          isDisabled={sending}
          onClick={() => member && onConfirm(member)}
          data-testid="member-reset-confirm"
        >
          {t("portalCompanyResetSend")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onCancel}>
          {t("portalCancel")}
        </Button>,
      ]}
    >
      {member && t("portalCompanyResetText", { name: memberName(member), email: member.email ?? "" })}
    </Modal>
  );
}
