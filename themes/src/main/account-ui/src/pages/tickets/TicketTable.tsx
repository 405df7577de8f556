import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { TicketSummary } from "../../api";
import { formatDateTime } from "../../format";

const statusColor = { OPEN: "blue", IN_PROGRESS: "orange", CLOSED: "green" } as const;

type Props = {
  tickets: readonly TicketSummary[];
  categoryLabel: (id: string) => string;
  onOpen: (ticket: TicketSummary) => void;
};

export function TicketTable({ tickets, categoryLabel, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("portalTickets")} variant="compact" data-testid="tickets">
      <Thead>
        <Tr>
          <Th>{t("portalTicketNumber")}</Th>
          <Th>{t("portalTicketCreated")}</Th>
          <Th>{t("portalTicketCategory")}</Th>
          <Th>{t("portalTicketSubject")}</Th>
          <Th>{t("portalTicketStatus")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {tickets.map((ticket) => (
          <Tr key={ticket.id} data-testid={`ticket-${ticket.number ?? ticket.id}`}>
            <Td dataLabel={t("portalTicketNumber")}>{ticket.number ?? ""}</Td>
            <Td dataLabel={t("portalTicketCreated")}>{formatDateTime(ticket.createdAt)}</Td>
            <Td dataLabel={t("portalTicketCategory")}>{categoryLabel(ticket.category)}</Td>
            <Td dataLabel={t("portalTicketSubject")}>
              <Button variant="link" isInline onClick={() => onOpen(ticket)}>
                {ticket.subject}
              </Button>
            </Td>
            <Td dataLabel={t("portalTicketStatus")}>
              <Label color={statusColor[ticket.status] ?? "grey"}>{t(`portalTicketStatus${ticket.status}`)}</Label>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
