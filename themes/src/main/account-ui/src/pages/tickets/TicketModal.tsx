import {
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
  Modal,
} from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TicketDetails } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { supplyPointLabel } from "../../components/SupplyPointSelector";
import { formatDateTime, formatFileSize } from "../../format";
import { useSupplyPoints } from "../../portal";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";

type Props = { ticket: TicketDetails; categoryLabel: (id: string) => string; onClose: () => void };

/** One request with everything the customer sent, and its attachments to download. */
export function TicketModal({ ticket, categoryLabel, onClose }: Props) {
  const { t } = useTranslation();
  const rows = useRows(ticket, categoryLabel);
  return (
    <Modal
      showClose={false}
      variant="medium"
      isOpen
      title={
        ticket.number
          ? t("portalTicketTitleNumbered", { number: ticket.number, subject: ticket.subject })
          : ticket.subject
      }
      onClose={onClose}
      actions={[
        <Button key="close" variant="primary" onClick={onClose}>
          {t("portalClose")}
        </Button>,
      ]}
    >
      <DescriptionList isHorizontal>
        {rows.map(([term, value]) => (
          <DescriptionListGroup key={term}>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription>{value}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
      </DescriptionList>
    </Modal>
  );
}

function useRows(ticket: TicketDetails, categoryLabel: (id: string) => string): [string, ReactNode][] {
  const { t } = useTranslation();
  const { supplyPoints } = useSupplyPoints();
  const supplyPoint = supplyPoints?.find((sp) => sp.id === ticket.supplyPointId);
  const rows: [string, ReactNode][] = [
    [t("portalTicketCategory"), categoryLabel(ticket.category)],
    [t("portalTicketStatus"), t(`portalTicketStatus${ticket.status}`)],
    [t("portalTicketCreated"), formatDateTime(ticket.createdAt)],
    [t("portalTicketUpdated"), formatDateTime(ticket.updatedAt)],
  ];
  if (supplyPoint) rows.push([t("portalTicketSupplyPoint"), supplyPointLabel(t, supplyPoint)]);
  if (ticket.machine) rows.push([t("portalTicketMachine"), ticket.machine]);
  if (ticket.state)
    rows.push([t("portalTicketState"), t(`portalTicketMachineState${ticket.state}`, { defaultValue: ticket.state })]);
  rows.push([t("portalTicketDescription"), <span style={{ whiteSpace: "pre-wrap" }}>{ticket.description}</span>]);
  if (ticket.contacts.length > 0) rows.push([t("portalTicketContacts"), ticket.contacts.join(", ")]);
  if (ticket.attachments.length > 0) rows.push([t("portalTicketAttachments"), <Attachments ticket={ticket} />]);
  return rows;
}

function Attachments({ ticket }: { ticket: TicketDetails }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const file = useDownload();
  return (
    <>
      <List isPlain>
        {ticket.attachments.map((a) => (
          <ListItem key={a.id}>
            <Button
              variant="link"
              isInline
              onClick={() => file.download(a.id, () => api.ticketAttachment(ticket.id, a))}
              aria-label={t("portalTicketAttachmentDownload", { name: a.filename })}
            >
              {a.filename}
            </Button>{" "}
            ({formatFileSize(a.size)})
          </ListItem>
        ))}
      </List>
      <ProblemAlert problem={file.problem} />
    </>
  );
}
