import { Page, useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormSelect,
  FormSelectOption,
  Label,
  List,
  ListItem,
  Modal,
  Spinner,
  Stack,
  StackItem,
  TextArea,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  PortalError,
  saveFile,
  type TicketAttachment,
  type TicketCategory,
  type TicketDetails,
  type TicketSummary,
} from "../api";
import { Field } from "../components/Field";
import { ProblemAlert } from "../components/ProblemAlert";
import { supplyPointLabel } from "../components/SupplyPointSelector";
import { formatDateTime, formatNumber } from "../format";
import { usePortalApi, useSupplyPoints } from "../portal";

const statusColor = { OPEN: "blue", IN_PROGRESS: "orange", CLOSED: "green" } as const;
const MAX_ATTACHMENTS = 5;
const ACCEPTED = "image/png,image/jpeg,application/pdf,video/mp4";

/** The customer's support requests: the list with their status, one request's details, and a form to open one. */
export function Tickets() {
  const { t } = useTranslation();
  const api = usePortalApi();
  const [tickets, setTickets] = useState<TicketSummary[]>();
  const [categories, setCategories] = useState<TicketCategory[]>([]);
  const [error, setError] = useState<unknown>();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<TicketDetails>();

  const reload = useCallback(() => {
    setError(undefined);
    api.tickets().then(setTickets).catch(setError);
  }, [api]);

  useEffect(reload, [reload]);
  useEffect(() => {
    api.ticketCategories().then(setCategories).catch(setError);
  }, [api]);

  const categoryLabel = (id: string) =>
    categories.find((c) => c.id === id)?.label ?? t(`portalTicketCategory${id}`, { defaultValue: id });

  const open = async (ticket: TicketSummary) => {
    setError(undefined);
    try {
      setShown(await api.ticket(ticket.id));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Page title={t("portalTickets")} description={t("portalTicketsDescription")}>
      <Stack hasGutter>
        <StackItem>
          {creating ? (
            <TicketForm
              categories={categories}
              onCancel={() => setCreating(false)}
              onCreated={() => {
                setCreating(false);
                reload();
              }}
            />
          ) : (
            <Button variant="primary" onClick={() => setCreating(true)} data-testid="ticket-new">
              {t("portalTicketNew")}
            </Button>
          )}
        </StackItem>
        <StackItem>
          <ProblemAlert error={error} />
          {!tickets && !error && <Spinner size="lg" aria-label={t("portalLoading")} />}
          {tickets && tickets.length === 0 && <p>{t("portalTicketsNone")}</p>}
          {tickets && tickets.length > 0 && (
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
                      <Button variant="link" isInline onClick={() => open(ticket)}>
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
          )}
        </StackItem>
      </Stack>
      {shown && <TicketModal ticket={shown} categoryLabel={categoryLabel} onClose={() => setShown(undefined)} />}
    </Page>
  );
}

function TicketModal({
  ticket,
  categoryLabel,
  onClose,
}: {
  ticket: TicketDetails;
  categoryLabel: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { supplyPoints } = useSupplyPoints();
  const [error, setError] = useState<unknown>();
  const supplyPoint = supplyPoints?.find((sp) => sp.id === ticket.supplyPointId);

  const download = async (attachment: TicketAttachment) => {
    setError(undefined);
    try {
      saveFile(await api.ticketAttachment(ticket.id, attachment));
    } catch (e) {
      setError(e);
    }
  };

  const rows: [string, React.ReactNode][] = [
    [t("portalTicketCategory"), categoryLabel(ticket.category)],
    [t("portalTicketStatus"), t(`portalTicketStatus${ticket.status}`)],
    [t("portalTicketCreated"), formatDateTime(ticket.createdAt)],
    [t("portalTicketUpdated"), formatDateTime(ticket.updatedAt)],
  ];
  if (supplyPoint) rows.push([t("portalTicketSupplyPoint"), supplyPointLabel(t, supplyPoint)]);
  if (ticket.machine) rows.push([t("portalTicketMachine"), ticket.machine]);
  if (ticket.state) rows.push([t("portalTicketState"), ticket.state]);
  rows.push([t("portalTicketDescription"), <span style={{ whiteSpace: "pre-wrap" }}>{ticket.description}</span>]);
  if (ticket.contacts.length > 0) rows.push([t("portalTicketContacts"), ticket.contacts.join(", ")]);

  return (
    <Modal
      showClose={false}
      variant="medium"
      isOpen
      title={ticket.number ? t("portalTicketTitleNumbered", { number: ticket.number, subject: ticket.subject }) : ticket.subject}
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
        {ticket.attachments.length > 0 && (
          <DescriptionListGroup>
            <DescriptionListTerm>{t("portalTicketAttachments")}</DescriptionListTerm>
            <DescriptionListDescription>
              <List isPlain>
                {ticket.attachments.map((a) => (
                  <ListItem key={a.id}>
                    <Button
                      variant="link"
                      isInline
                      onClick={() => download(a)}
                      aria-label={t("portalTicketAttachmentDownload", { name: a.filename })}
                    >
                      {a.filename}
                    </Button>{" "}
                    ({t("portalKilobytes", { size: formatNumber(a.size / 1024, 0) })})
                  </ListItem>
                ))}
              </List>
            </DescriptionListDescription>
          </DescriptionListGroup>
        )}
      </DescriptionList>
      <ProblemAlert error={error} />
    </Modal>
  );
}

type Draft = {
  category: string;
  supplyPointId: string;
  machine: string;
  subject: string;
  state: string;
  description: string;
  contacts: string;
};

function TicketForm({
  categories,
  onCancel,
  onCreated,
}: {
  categories: TicketCategory[];
  onCancel: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const { supplyPoints, selected } = useSupplyPoints();
  const files = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>({
    category: "",
    supplyPointId: selected ? String(selected.id) : "",
    machine: "",
    subject: "",
    state: "",
    description: "",
    contacts: "",
  });
  const [error, setError] = useState<unknown>();
  const [tooMany, setTooMany] = useState(false);
  const [sending, setSending] = useState(false);
  const set = (field: keyof Draft) => (_e: unknown, value: string) => setDraft({ ...draft, [field]: value });
  const fieldError = (field: string) => (error instanceof PortalError ? error.fieldError(field) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = Array.from(files.current?.files ?? []);
    setTooMany(chosen.length > MAX_ATTACHMENTS);
    if (chosen.length > MAX_ATTACHMENTS) return;
    const form = new FormData();
    (Object.keys(draft) as (keyof Draft)[]).forEach((field) => {
      if (draft[field].trim() !== "") form.append(field, draft[field].trim());
    });
    chosen.forEach((file) => form.append("attachments", file, file.name));
    setError(undefined);
    setSending(true);
    try {
      const created = await api.openTicket(form);
      addAlert(t("portalTicketCreatedAlert", { number: created.number }));
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <Form onSubmit={submit} aria-labelledby="ticket-form-title" data-testid="ticket-form">
      <Title headingLevel="h2" size="lg" id="ticket-form-title">
        {t("portalTicketNew")}
      </Title>
      <Field label={t("portalTicketCategory")} fieldId="ticket-category" isRequired error={fieldError("category")}>
        <FormSelect id="ticket-category" name="category" isRequired value={draft.category} onChange={set("category")}>
          <FormSelectOption value="" label={t("portalTicketCategoryChoose")} isPlaceholder isDisabled />
          {categories.map((c) => (
            <FormSelectOption key={c.id} value={c.id} label={c.label} />
          ))}
        </FormSelect>
      </Field>
      <Field label={t("portalTicketSupplyPoint")} fieldId="ticket-supply-point" error={fieldError("supplyPointId")}>
        <FormSelect id="ticket-supply-point" name="supplyPointId" value={draft.supplyPointId} onChange={set("supplyPointId")}>
          <FormSelectOption value="" label={t("portalTicketSupplyPointNone")} />
          {(supplyPoints ?? []).map((sp) => (
            <FormSelectOption key={sp.id} value={String(sp.id)} label={supplyPointLabel(t, sp)} />
          ))}
        </FormSelect>
      </Field>
      <Field
        label={t("portalTicketMachine")}
        fieldId="ticket-machine"
        help={t("portalTicketMachineHelp")}
        error={fieldError("machine")}
      >
        <TextInput id="ticket-machine" name="machine" maxLength={255} value={draft.machine} onChange={set("machine")} />
      </Field>
      <Field label={t("portalTicketSubject")} fieldId="ticket-subject" isRequired error={fieldError("subject")}>
        <TextInput id="ticket-subject" name="subject" isRequired maxLength={255} value={draft.subject} onChange={set("subject")} />
      </Field>
      <Field label={t("portalTicketState")} fieldId="ticket-state" help={t("portalTicketStateHelp")} error={fieldError("state")}>
        <TextInput id="ticket-state" name="state" maxLength={1000} value={draft.state} onChange={set("state")} />
      </Field>
      <Field label={t("portalTicketDescription")} fieldId="ticket-description" isRequired error={fieldError("description")}>
        <TextArea
          id="ticket-description"
          name="description"
          isRequired
          maxLength={4000}
          rows={6}
          resizeOrientation="vertical"
          value={draft.description}
          onChange={set("description")}
        />
      </Field>
      <Field
        label={t("portalTicketContacts")}
        fieldId="ticket-contacts"
        help={t("portalTicketContactsHelp")}
        error={fieldError("contacts")}
      >
        <TextInput id="ticket-contacts" name="contacts" type="text" inputMode="email" value={draft.contacts} onChange={set("contacts")} />
      </Field>
      <Field
        label={t("portalTicketAttachments")}
        fieldId="ticket-attachments"
        help={t("portalTicketAttachmentsHelp", { max: MAX_ATTACHMENTS })}
        error={tooMany ? t("portalTicketAttachmentsTooMany", { max: MAX_ATTACHMENTS }) : fieldError("attachments")}
      >
        <input
          ref={files}
          id="ticket-attachments"
          name="attachments"
          type="file"
          multiple
          accept={ACCEPTED}
          className="pf-v5-c-form-control"
          aria-describedby="ticket-attachments-helper"
        />
      </Field>
      <ProblemAlert error={error} />
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={sending} isDisabled={sending} data-testid="ticket-submit">
          {t("portalTicketSubmit")}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t("portalCancel")}
        </Button>
      </ActionGroup>
    </Form>
  );
}
