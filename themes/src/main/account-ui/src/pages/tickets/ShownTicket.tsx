import { Spinner } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePortalQuery } from "../../usePortalQuery";
import { TicketConversation } from "./TicketConversation";
import { TicketModal } from "./TicketModal";

type Props = { id: string; categoryLabel: (id: string) => string; onClose: () => void; onReplied: () => void };

/**
 * The opened request: loading, its problem, or its conversation. Its details open first in a dialog, as before there
 * was a conversation; closed, the conversation and the reply form are below the list, the details a button away.
 */
export function ShownTicket({ id, categoryLabel, onClose, onReplied }: Props) {
  const { t } = useTranslation();
  const [details, setDetails] = useState(true);
  // the last one clicked wins: an earlier click's answer arriving late is ignored
  const shown = usePortalQuery((api, signal) => api.ticket(id, signal), [id]);
  return (
    <>
      <ProblemAlert problem={shown.problem} />
      {shown.loading && !shown.data && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {shown.data && (
        <TicketConversation
          ticket={shown.data}
          onShowDetails={() => setDetails(true)}
          onClose={onClose}
          onReplied={() => {
            shown.reload();
            onReplied();
          }}
        />
      )}
      {details && shown.data && (
        <TicketModal ticket={shown.data} categoryLabel={categoryLabel} onClose={() => setDetails(false)} />
      )}
    </>
  );
}
