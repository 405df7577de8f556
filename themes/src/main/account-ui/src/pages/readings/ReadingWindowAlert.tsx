import { Alert } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { ReadingWindow } from "../../api";
import { formatDate } from "../../format";

/** Whether the CRM takes readings now, until when, or from when it will again; the form points to it when closed. */
export function ReadingWindowAlert({ id, window }: { id: string; window: ReadingWindow }) {
  const { t } = useTranslation();
  if (window.open) {
    return (
      <Alert
        id={id}
        variant="info"
        variantLabel={t("portalAlertInfo")}
        isInline
        isPlain
        title={t("portalReadingWindowOpen", { to: formatDate(window.to) })}
      />
    );
  }
  return (
    <Alert
      id={id}
      variant="warning"
      variantLabel={t("portalAlertWarning")}
      isInline
      isPlain
      title={
        window.from
          ? t("portalReadingWindowClosedNext", { from: formatDate(window.from), to: formatDate(window.to) })
          : t("portalReadingWindowClosed")
      }
    />
  );
}
