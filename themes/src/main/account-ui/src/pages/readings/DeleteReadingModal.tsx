import { Button, Modal } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Reading } from "../../api";
import { formatDate, formatNumber } from "../../format";

type Props = { reading: Reading | undefined; onConfirm: (reading: Reading) => void; onCancel: () => void };

/** Asks before a reading not yet acquired is withdrawn; open while `reading` is set. */
export function DeleteReadingModal({ reading, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      showClose={false}
      variant="small"
      isOpen={!!reading}
      title={t("portalReadingDeleteTitle")}
      onClose={onCancel}
      actions={[
        <Button
          key="confirm"
          variant="danger"
          onClick={() => reading && onConfirm(reading)}
          data-testid="reading-delete-confirm"
        >
          {t("portalReadingDelete")}
        </Button>,
        <Button key="cancel" variant="link" onClick={onCancel}>
          {t("portalCancel")}
        </Button>,
      ]}
    >
      {reading &&
        t("portalReadingDeleteText", {
          date: formatDate(reading.readingDate),
          value: formatNumber(reading.meterValue),
        })}
    </Modal>
  );
}
