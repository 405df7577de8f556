import { Alert } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { ReadingWindow } from "../../api";
import { windowSentence } from "./windowText";

/** Whether the CRM takes readings now, until when, or from when it will again; the form points to it when closed. */
export function ReadingWindowAlert({ id, window }: { id: string; window: ReadingWindow }) {
  const { t } = useTranslation();
  const sentence = windowSentence(window);
  return (
    <Alert
      id={id}
      variant={window.open ? "info" : "warning"}
      variantLabel={t(window.open ? "portalAlertInfo" : "portalAlertWarning")}
      isInline
      isPlain
      title={t(sentence.key, sentence.values)}
    />
  );
}
