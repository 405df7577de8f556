import { Button, Card, CardBody, CardHeader, CardTitle, Label, List, ListItem, Title } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { TicketDetails, TicketMessage } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatDateTime, formatFileSize } from "../../format";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { TicketReplyForm } from "./TicketReplyForm";

type Props = {
  ticket: TicketDetails;
  onShowDetails: () => void;
  onClose: () => void;
  onReplied: (ticket: TicketDetails) => void;
};

/** One request's conversation: the messages of the customer and customer service, the status history, a reply. */
export function TicketConversation({ ticket, onShowDetails, onClose, onReplied }: Props) {
  const { t } = useTranslation();
  const title = ticket.number
    ? t("portalTicketTitleNumbered", { number: ticket.number, subject: ticket.subject })
    : ticket.subject;
  return (
    <section aria-labelledby="ticket-conversation-title" data-testid="ticket-conversation">
      <Title headingLevel="h2" size="lg" id="ticket-conversation-title">
        {title}
      </Title>
      <p data-testid="ticket-current-status">
        {t("portalTicketCurrentStatus", { status: t(`portalTicketStatus${ticket.status}`) })}
      </p>
      <p>
        <Button variant="secondary" onClick={onShowDetails} data-testid="ticket-details">
          {t("portalTicketShowDetails")}
        </Button>{" "}
        <Button variant="link" onClick={onClose}>
          {t("portalClose")}
        </Button>
      </p>
      <Title headingLevel="h3" size="md">
        {t("portalTicketConversation")}
      </Title>
      {ticket.messages.length === 0 ? (
        <p data-testid="ticket-messages-none">{t("portalTicketMessagesNone")}</p>
      ) : (
        <ol
          aria-label={t("portalTicketConversation")}
          className="sportello-ticket-messages"
          data-testid="ticket-messages"
        >
          {ticket.messages.map((message) => (
            <li key={message.id}>
              <MessageCard ticketId={ticket.id} message={message} />
            </li>
          ))}
        </ol>
      )}
      <StatusHistory ticket={ticket} />
      {ticket.status === "CLOSED" ? (
        <p data-testid="ticket-closed">{t("portalTicketClosedNoReply")}</p>
      ) : (
        <TicketReplyForm ticketId={ticket.id} onReplied={onReplied} />
      )}
    </section>
  );
}

function MessageCard({ ticketId, message }: { ticketId: string; message: TicketMessage }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const file = useDownload();
  const fromOperator = message.authorKind === "OPERATOR";
  return (
    <Card isCompact isFlat data-testid={`ticket-message-${message.authorKind.toLowerCase()}`}>
      <CardHeader>
        <CardTitle component="h4">
          <Label color={fromOperator ? "purple" : "blue"}>
            {t(fromOperator ? "portalTicketFromOperator" : "portalTicketFromCustomer")}
          </Label>{" "}
          {message.authorName} · <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </CardTitle>
      </CardHeader>
      <CardBody>
        <p style={{ whiteSpace: "pre-wrap" }}>{message.text}</p>
        {message.attachments.length > 0 && (
          <List isPlain aria-label={t("portalTicketAttachments")}>
            {message.attachments.map((a) => (
              <ListItem key={a.id}>
                <Button
                  variant="link"
                  isInline
                  onClick={() => file.download(a.id, () => api.ticketAttachment(ticketId, a))}
                  aria-label={t("portalTicketAttachmentDownload", { name: a.filename })}
                >
                  {a.filename}
                </Button>{" "}
                ({formatFileSize(a.size)})
              </ListItem>
            ))}
          </List>
        )}
        <ProblemAlert problem={file.problem} />
      </CardBody>
    </Card>
  );
}

function StatusHistory({ ticket }: { ticket: TicketDetails }) {
  const { t } = useTranslation();
  return (
    <>
      <Title headingLevel="h3" size="md">
        {t("portalTicketStatusHistory")}
      </Title>
      <List data-testid="ticket-status-history">
        <ListItem>{t("portalTicketOpenedAt", { date: formatDateTime(ticket.createdAt) })}</ListItem>
        {ticket.statusHistory.map((change) => (
          <ListItem key={change.changedAt + change.to}>
            {t("portalTicketStatusChanged", {
              date: formatDateTime(change.changedAt),
              status: t(`portalTicketStatus${change.to}`),
              by: change.changedBy,
            })}
          </ListItem>
        ))}
      </List>
    </>
  );
}
