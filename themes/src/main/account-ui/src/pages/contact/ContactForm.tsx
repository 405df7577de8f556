import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { ActionGroup, Alert, Button, Form, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../api";
import { Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";

const CONTACT_CHANGED = "urn:sportello:problem:contact-changed";

type Draft = { phone: string; fax: string; email: string };
const draftOf = (me: Me): Draft => ({ phone: me.phone ?? "", fax: me.fax ?? "", email: me.email ?? "" });

/**
 * Phone and fax change at once; a new email is only requested: the server mails a confirmation link to it (or, when
 * another account holds it, a notice to that account) and answers the same either way, so the page says only that a
 * link was sent if the address can be used.
 */
export function ContactForm({ me, onSaved }: { me: Me; onSaved: (saved: Me) => void }) {
  const { t } = useTranslation();
  // undefined: the form shows what the customer record says
  const [edited, setEdited] = useState<Draft>();
  const draft = edited ?? draftOf(me);
  const saved = (answer: Me) => {
    onSaved(answer);
    setEdited(undefined);
  };
  const { save, problem, saving, emailRequested } = useContactSave(draft, me.version, saved);

  const input = (
    field: keyof Draft,
    labelKey: string,
    type: "tel" | "email",
    autoComplete?: string,
    helpKey?: string,
  ) => (
    <ContactInput
      {...{ field, type, autoComplete }}
      label={t(labelKey)}
      help={helpKey && t(helpKey)}
      value={draft[field]}
      error={fieldError(problem, field)}
      onChange={(value) => setEdited({ ...draft, [field]: value })}
    />
  );

  return (
    <Form onSubmit={save} aria-labelledby="contact-form-title" data-testid="contact-form">
      {input("phone", "portalContactPhone", "tel", "tel")}
      {input("fax", "portalContactFax", "tel")}
      {input("email", "portalContactEmail", "email", "email", "portalContactEmailHelp")}
      {emailRequested && (
        <Alert variant="info" isInline title={t("portalContactEmailConfirmation")} data-testid="email-confirmation" />
      )}
      <ProblemAlert problem={problem} />
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={saving} isDisabled={saving} data-testid="contact-save">
          {t("save")}
        </Button>
        <Button variant="link" onClick={() => setEdited(undefined)}>
          {t("portalReset")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

type InputProps = {
  field: keyof Draft;
  label: string;
  help: string | undefined;
  type: "tel" | "email";
  autoComplete: string | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

function ContactInput({ field, label, help, type, autoComplete, value, error, onChange }: InputProps) {
  return (
    <Field label={label} fieldId={`contact-${field}`} error={error} help={help}>
      <TextInput
        id={`contact-${field}`}
        name={field}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(_e, changed) => onChange(changed)}
      />
    </Field>
  );
}

/**
 * Sends the draft with the version it was edited from; tells whether the answer says an email confirmation was
 * requested. When the contact details changed meanwhile, nothing was saved: the form shows them as they are now, with
 * the server's message.
 */
function useContactSave(draft: Draft, version: string, onSaved: (saved: Me) => void) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const [emailRequested, setEmailRequested] = useState(false);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setEmailRequested(false);
    setSaving(true);
    try {
      const saved = await api.saveContact({
        phone: draft.phone.trim() || null,
        fax: draft.fax.trim() || null,
        email: draft.email.trim() || null,
        version,
      });
      onSaved(saved);
      addAlert(t("portalContactSaved"));
      setEmailRequested(saved.emailConfirmation != null);
    } catch (e) {
      const refused = toProblem(e);
      if (refused.type === CONTACT_CHANGED) {
        const current = await api.me().catch(() => undefined);
        if (current) onSaved(current);
      }
      setProblem(refused);
    } finally {
      setSaving(false);
    }
  };
  return { save, problem, saving, emailRequested };
}
