import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextArea,
} from "@patternfly/react-core";
import { useRef, useState, type FormEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { TicketDetails } from "../../api";
import { describedBy, Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";

/** Same limits as the server's (TicketMessageForm): the server has the last word. */
const MAX_TEXT = 4000;
const MAX_FILES = 5;

type Props = { ticketId: string; onReplied: (ticket: TicketDetails) => void };

/** The customer's reply: a text and up to five attachments, sent as multipart/form-data. */
export function TicketReplyForm({ ticketId, onReplied }: Props) {
  const { t } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const reply = useReply(ticketId, files, onReplied);
  const textError = fieldError(reply.problem, "text");
  const filesError = reply.tooMany
    ? t("portalTicketTooManyFiles", { max: MAX_FILES })
    : fieldError(reply.problem, "attachments");
  return (
    <Form onSubmit={reply.submit} aria-labelledby="ticket-reply-title" data-testid="ticket-reply">
      <h3 id="ticket-reply-title">{t("portalTicketReply")}</h3>
      <Field label={t("portalTicketReplyText")} isRequired fieldId="ticket-reply-text" error={textError}>
        <TextArea
          id="ticket-reply-text"
          name="text"
          value={reply.text}
          onChange={(_e, value) => reply.setText(value)}
          maxLength={MAX_TEXT}
          isRequired
          rows={4}
          {...describedBy("ticket-reply-text", textError)}
        />
      </Field>
      <ReplyFiles files={files} sent={reply.sent} error={filesError} />
      <ProblemAlert problem={reply.problem} />
      <ActionGroup>
        <Button
          type="submit"
          variant="primary"
          isLoading={reply.sending}
          isAriaDisabled={reply.sending}
          data-testid="ticket-reply-submit"
        >
          {t("portalTicketReplySend")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

function ReplyFiles(props: { files: RefObject<HTMLInputElement>; sent: number; error?: string }) {
  const { t } = useTranslation();
  const { files, sent, error } = props;
  return (
    <FormGroup label={t("portalTicketAttachments")} fieldId="ticket-reply-files">
      <input
        key={sent}
        id="ticket-reply-files"
        name="attachments"
        type="file"
        multiple
        ref={files}
        accept="image/png,image/jpeg,application/pdf,video/mp4"
        aria-describedby="ticket-reply-files-helper"
        aria-invalid={!!error}
      />
      <Helper
        id="ticket-reply-files-helper"
        text={error ?? t("portalTicketReplyFilesHelp", { max: MAX_FILES })}
        error={!!error}
      />
    </FormGroup>
  );
}

function Helper({ id, text, error }: { id: string; text: string; error: boolean }) {
  return (
    <FormHelperText>
      <HelperText>
        <HelperTextItem id={id} variant={error ? "error" : "default"}>
          {text}
        </HelperTextItem>
      </HelperText>
    </FormHelperText>
  );
}

/** The reply's text and its sending; the chosen files are read from the input when sent. */
function useReply(
  ticketId: string,
  files: RefObject<HTMLInputElement | null>,
  onReplied: (ticket: TicketDetails) => void,
) {
  const api = usePortalApi();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<Problem>();
  const [tooMany, setTooMany] = useState(false);
  const [sending, setSending] = useState(false);
  // a new key after each reply gives a fresh, empty file input
  const [sent, setSent] = useState(0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const chosen = Array.from(files.current?.files ?? []);
    setTooMany(chosen.length > MAX_FILES);
    if (chosen.length > MAX_FILES) return;
    const form = new FormData();
    form.append("text", text.trim());
    chosen.forEach((file) => form.append("attachments", file, file.name));
    setProblem(undefined);
    setSending(true);
    try {
      const updated = await api.replyToTicket(ticketId, form);
      setText("");
      setSent((n) => n + 1);
      onReplied(updated);
    } catch (error) {
      setProblem(toProblem(error));
      // the keyboard and a screen reader go back to the text, which names its error
      setTimeout(() => document.getElementById("ticket-reply-text")?.focus());
    } finally {
      setSending(false);
    }
  };
  return { text, setText, problem, tooMany, sending, sent, submit };
}
