import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Button,
  Form,
  FormSelect,
  FormSelectOption,
  TextArea,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TicketCategory } from "../../api";
import { Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { supplyPointLabel } from "../../components/SupplyPointSelector";
import { useSupplyPoints } from "../../portal";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";

const MAX_ATTACHMENTS = 5;
const ACCEPTED = "image/png,image/jpeg,application/pdf,video/mp4";

/** The form's text fields, named as the API's TicketForm names them. */
type Draft = {
  category: string;
  supplyPointId: string;
  machine: string;
  subject: string;
  state: string;
  description: string;
  contacts: string;
};

type Props = { categories: readonly TicketCategory[]; onCancel: () => void; onCreated: () => void };

/** Opens a support request: category, optionally a supply point, the text, contacts to notify and attachments. */
export function TicketForm({ categories, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const { supplyPoints } = useSupplyPoints();
  const files = useRef<HTMLInputElement>(null);
  const { draft, set, submit, problem, tooMany, sending } = useTicketDraft(files, onCreated);
  const error = (field: string) => fieldError(problem, field);
  const text = (field: keyof Draft, maxLength?: number, isRequired = false, help?: string) => (
    <Field
      label={t(labelKeys[field])}
      fieldId={`ticket-${field}`}
      isRequired={isRequired}
      help={help}
      error={error(field)}
    >
      <TextInput
        id={`ticket-${field}`}
        name={field}
        isRequired={isRequired}
        maxLength={maxLength}
        value={draft[field]}
        onChange={set(field)}
        inputMode={field === "contacts" ? "email" : undefined}
      />
    </Field>
  );

  return (
    <Form onSubmit={submit} aria-labelledby="ticket-form-title" data-testid="ticket-form">
      <Title headingLevel="h2" size="lg" id="ticket-form-title">
        {t("portalTicketNew")}
      </Title>
      <Field label={t("portalTicketCategory")} fieldId="ticket-category" isRequired error={error("category")}>
        <FormSelect id="ticket-category" name="category" isRequired value={draft.category} onChange={set("category")}>
          <FormSelectOption value="" label={t("portalTicketCategoryChoose")} isPlaceholder isDisabled />
          {categories.map((c) => (
            <FormSelectOption key={c.id} value={c.id} label={c.label} />
          ))}
        </FormSelect>
      </Field>
      <Field label={t("portalTicketSupplyPoint")} fieldId="ticket-supply-point" error={error("supplyPointId")}>
        <FormSelect
          id="ticket-supply-point"
          name="supplyPointId"
          value={draft.supplyPointId}
          onChange={set("supplyPointId")}
        >
          <FormSelectOption value="" label={t("portalTicketSupplyPointNone")} />
          {(supplyPoints ?? []).map((sp) => (
            <FormSelectOption key={sp.id} value={String(sp.id)} label={supplyPointLabel(t, sp)} />
          ))}
        </FormSelect>
      </Field>
      {text("machine", 255, false, t("portalTicketMachineHelp"))}
      {text("subject", 255, true)}
      {text("state", 1000, false, t("portalTicketStateHelp"))}
      <Field label={t("portalTicketDescription")} fieldId="ticket-description" isRequired error={error("description")}>
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
      {text("contacts", undefined, false, t("portalTicketContactsHelp"))}
      <Field
        label={t("portalTicketAttachments")}
        fieldId="ticket-attachments"
        help={t("portalTicketAttachmentsHelp", { max: MAX_ATTACHMENTS })}
        error={tooMany ? t("portalTicketAttachmentsTooMany", { max: MAX_ATTACHMENTS }) : error("attachments")}
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
      <ProblemAlert problem={problem} />
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

const labelKeys: Record<keyof Draft, string> = {
  category: "portalTicketCategory",
  supplyPointId: "portalTicketSupplyPoint",
  machine: "portalTicketMachine",
  subject: "portalTicketSubject",
  state: "portalTicketState",
  description: "portalTicketDescription",
  contacts: "portalTicketContacts",
};

/** The draft and its sending: a multipart form with the filled fields and the chosen files. */
function useTicketDraft(files: React.RefObject<HTMLInputElement | null>, onCreated: () => void) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const { selected } = useSupplyPoints();
  const [draft, setDraft] = useState<Draft>({
    category: "",
    supplyPointId: selected ? String(selected.id) : "",
    machine: "",
    subject: "",
    state: "",
    description: "",
    contacts: "",
  });
  const [problem, setProblem] = useState<Problem>();
  const [tooMany, setTooMany] = useState(false);
  const [sending, setSending] = useState(false);
  const set = (field: keyof Draft) => (_e: unknown, value: string) => setDraft({ ...draft, [field]: value });

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
    setProblem(undefined);
    setSending(true);
    try {
      const created = await api.openTicket(form);
      addAlert(t("portalTicketCreatedAlert", { number: created.number }));
      onCreated();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSending(false);
    }
  };
  return { draft, set, submit, problem, tooMany, sending };
}
