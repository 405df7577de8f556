import { ActionGroup, Alert, Button, Form, TextInput, Title } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import { checkInvite, type InviteErrors, type InviteInput } from "./inviteForm";

const EMPTY: InviteInput = { firstName: "", lastName: "", email: "" };
const FIELDS = [
  { name: "firstName", labelKey: "portalCompanyFirstName", type: "text" },
  { name: "lastName", labelKey: "portalCompanyLastName", type: "text" },
  { name: "email", labelKey: "portalCompanyEmail", type: "email" },
] as const;

/**
 * Invites a colleague into the administrator's company: the server creates the account and mails the colleague a
 * link to choose a password. The browser checks the fields first; the server's field errors and refusals (address
 * taken, too many invitations) are shown as it words them.
 */
export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const { input, setInput, errors, problem, invited, sending, submit } = useInvite(onInvited);
  return (
    <Form onSubmit={submit} noValidate aria-labelledby="company-invite-title" data-testid="company-invite-form">
      <Title headingLevel="h2" id="company-invite-title">
        {t("portalCompanyInvite")}
      </Title>
      <p>{t("portalCompanyInviteHelp")}</p>
      {FIELDS.map(({ name, labelKey, type }) => (
        <InviteField
          key={name}
          {...{ name, type }}
          label={t(labelKey)}
          value={input[name]}
          error={errors[name] ? t(errors[name]) : fieldError(problem, name)}
          onChange={(value) => setInput({ ...input, [name]: value })}
        />
      ))}
      {invited && (
        <Alert
          variant="success"
          isInline
          aria-live="polite"
          title={t("portalCompanyInvited", { email: invited })}
          data-testid="company-invite-sent"
        />
      )}
      <ProblemAlert problem={problem} />
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={sending} isDisabled={sending} data-testid="company-invite">
          {t("portalCompanyInviteSend")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

type FieldProps = {
  name: keyof InviteInput;
  type: "text" | "email";
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

function InviteField({ name, type, label, value, error, onChange }: FieldProps) {
  return (
    <Field label={label} fieldId={`invite-${name}`} isRequired error={error}>
      <TextInput
        id={`invite-${name}`}
        name={name}
        type={type}
        autoComplete="off"
        isRequired
        value={value}
        validated={error ? "error" : "default"}
        aria-describedby={error ? `invite-${name}-helper` : undefined}
        onChange={(_e, changed) => onChange(changed)}
      />
    </Field>
  );
}

/** The form's state and its submission: the browser's checks, then the server's answer. */
function useInvite(onInvited: () => void) {
  const api = usePortalApi();
  const [input, setInput] = useState<InviteInput>(EMPTY);
  const [errors, setErrors] = useState<InviteErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [invited, setInvited] = useState<string>();
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setInvited(undefined);
    const checked = checkInvite(input);
    setErrors(checked.valid ? {} : checked.errors);
    if (!checked.valid) return;
    setSending(true);
    try {
      await api.inviteColleague(checked.invitation);
      setInvited(checked.invitation.email);
      setInput(EMPTY);
      onInvited();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSending(false);
    }
  };
  return { input, setInput, errors, problem, invited, sending, submit };
}
