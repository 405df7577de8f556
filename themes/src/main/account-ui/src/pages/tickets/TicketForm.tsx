import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { ActionGroup, Button, Form, Title } from "@patternfly/react-core";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { TicketCategory, TicketMachine } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useSupplyPoints } from "../../portal";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import {
  MAX_ATTACHMENTS,
  TicketAttachments,
  TicketChoices,
  TicketMachineChoice,
  TicketTexts,
  type Draft,
} from "./TicketFields";
import { TicketReview } from "./TicketReview";

type Props = {
  categories: readonly TicketCategory[];
  machines: readonly TicketMachine[];
  onCancel: () => void;
  onCreated: () => void;
};

/**
 * Opens a support request in two steps: the fields (category, optionally a supply point or, for customers with
 * machines, a machine and its state, the text, contacts and attachments), then "Continue" shows everything read only
 * with "Back" (the fields stay as typed, files included: they are only hidden) and "Send". The server's field errors
 * bring the fields back, with the errors on them.
 */
export function TicketForm({ categories, machines, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const { draft, set, submit, back, review, problem, tooMany, sending } = useTicketDraft(files, onCreated);
  const error = (field: string) => fieldError(problem, field);
  // the form replaces the button that opened it: the keyboard starts on its first field
  useEffect(() => document.getElementById("ticket-category")?.focus(), []);
  return (
    <Form onSubmit={submit} aria-labelledby="ticket-form-title" data-testid="ticket-form">
      <Title headingLevel="h2" size="lg" id="ticket-form-title">
        {t("portalTicketNew")}
      </Title>
      <div className="pf-v5-c-form" style={review ? { display: "none" } : undefined}>
        <TicketChoices categories={categories} draft={draft} set={set} error={error} />
        <TicketMachineChoice machines={machines} draft={draft} set={set} error={error} />
        <TicketTexts draft={draft} set={set} error={error} />
        <TicketAttachments ref={files} tooMany={tooMany} error={error("attachments")} />
      </div>
      {review && <TicketReview draft={draft} files={review} categories={categories} machines={machines} />}
      <ProblemAlert problem={problem} />
      <ActionGroup>
        {review ? (
          <>
            <Button
              type="submit"
              variant="primary"
              isLoading={sending}
              isAriaDisabled={sending}
              data-testid="ticket-submit"
            >
              {t("portalTicketSubmit")}
            </Button>
            <Button variant="secondary" onClick={back} isDisabled={sending} data-testid="ticket-back">
              {t("portalTicketBack")}
            </Button>
          </>
        ) : (
          <Button type="submit" variant="primary" data-testid="ticket-continue">
            {t("portalTicketContinue")}
          </Button>
        )}
        <Button variant="link" onClick={onCancel}>
          {t("portalCancel")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

/** The draft, its review (the files chosen, while the summary shows) and its sending as a multipart form. */
function useTicketDraft(files: RefObject<HTMLInputElement | null>, onCreated: () => void) {
  const { selected } = useSupplyPoints();
  const [draft, setDraft] = useState<Draft>({
    category: "",
    supplyPointId: selected ? String(selected.id) : "",
    machineId: "",
    machineState: "",
    subject: "",
    description: "",
    contacts: "",
  });
  const [review, setReview] = useState<File[]>();
  const [tooMany, setTooMany] = useState(false);
  const focusFields = useFocusFields();
  const set = (field: keyof Draft) => (_e: unknown, value: string) =>
    // without a machine there is no machine state to send
    setDraft({ ...draft, [field]: value, ...(field === "machineId" && value === "" ? { machineState: "" } : {}) });
  const sender = useSender(draft, onCreated, () => (setReview(undefined), focusFields()));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (review) return sender.send(review);
    const chosen = Array.from(files.current?.files ?? []);
    setTooMany(chosen.length > MAX_ATTACHMENTS);
    if (chosen.length <= MAX_ATTACHMENTS) setReview(chosen);
    else focusFields();
  };
  const back = () => {
    setReview(undefined);
    focusFields();
  };
  return { draft, set, submit, back, review, tooMany, ...sender };
}

function useSender(draft: Draft, onCreated: () => void, onRefused: () => void) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [problem, setProblem] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const send = async (chosen: readonly File[]) => {
    if (sending) return;
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
      onRefused();
    } finally {
      setSending(false);
    }
  };
  return { send, problem, sending };
}

/**
 * Back on the fields (Back, a refusal of the server, too many files), once they show again: the first field with an
 * error has the focus, so that a keyboard or screen-reader user lands on it and hears its error; else the first field.
 */
function useFocusFields() {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    const form = document.querySelector("[data-testid='ticket-form']");
    const target =
      form?.querySelector<HTMLElement>("[aria-invalid='true']") ?? document.getElementById("ticket-category");
    target?.focus();
  }, [request]);
  return () => setRequest((n) => n + 1);
}
