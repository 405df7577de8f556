import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { ActionGroup, Button, Form, Title } from "@patternfly/react-core";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { TicketCategory } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSupplyPoints } from "../../portal";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import { MAX_ATTACHMENTS, TicketAttachments, TicketChoices, TicketTexts, type Draft } from "./TicketFields";

type Props = { categories: readonly TicketCategory[]; onCancel: () => void; onCreated: () => void };

/** Opens a support request: category, optionally a supply point, the text, contacts to notify and attachments. */
export function TicketForm({ categories, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const { draft, set, submit, problem, tooMany, sending } = useTicketDraft(files, onCreated);
  const error = (field: string) => fieldError(problem, field);
  return (
    <Form onSubmit={submit} aria-labelledby="ticket-form-title" data-testid="ticket-form">
      <Title headingLevel="h2" size="lg" id="ticket-form-title">
        {t("portalTicketNew")}
      </Title>
      <TicketChoices categories={categories} draft={draft} set={set} error={error} />
      <TicketTexts draft={draft} set={set} error={error} />
      <TicketAttachments ref={files} tooMany={tooMany} error={error("attachments")} />
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

/** The draft and its sending: a multipart form with the filled fields and the chosen files. */
function useTicketDraft(files: RefObject<HTMLInputElement | null>, onCreated: () => void) {
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
