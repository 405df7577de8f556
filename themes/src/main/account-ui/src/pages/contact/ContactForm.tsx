import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { ActionGroup, Alert, Button, Form, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../api";
import { Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";

type Draft = { phone: string; fax: string; email: string };
const draftOf = (me: Me): Draft => ({ phone: me.phone ?? "", fax: me.fax ?? "", email: me.email ?? "" });

/**
 * Phone and fax change at once; a new email is only requested: the server mails a confirmation link to it (or, when
 * another account holds it, a notice to that account) and answers the same either way, so the page says only that a
 * link was sent if the address can be used.
 */
export function ContactForm({ me, onSaved }: { me: Me; onSaved: (saved: Me) => void }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  // undefined: the form shows what the customer record says
  const [edited, setEdited] = useState<Draft>();
  const [problem, setProblem] = useState<Problem>();
  const [saving, setSaving] = useState(false);
  const [emailRequested, setEmailRequested] = useState(false);
  const draft = edited ?? draftOf(me);

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
      });
      onSaved(saved);
      setEdited(undefined);
      addAlert(t("portalContactSaved"));
      setEmailRequested(saved.emailConfirmation != null);
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSaving(false);
    }
  };

  const set = (field: keyof Draft) => (_e: unknown, value: string) => setEdited({ ...draft, [field]: value });

  return (
    <Form onSubmit={save} aria-labelledby="contact-form-title" data-testid="contact-form">
      <Field label={t("portalContactPhone")} fieldId="contact-phone" error={fieldError(problem, "phone")}>
        <TextInput
          id="contact-phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          value={draft.phone}
          onChange={set("phone")}
        />
      </Field>
      <Field label={t("portalContactFax")} fieldId="contact-fax" error={fieldError(problem, "fax")}>
        <TextInput id="contact-fax" name="fax" type="tel" value={draft.fax} onChange={set("fax")} />
      </Field>
      <Field
        label={t("portalContactEmail")}
        fieldId="contact-email"
        error={fieldError(problem, "email")}
        help={t("portalContactEmailHelp")}
      >
        <TextInput
          id="contact-email"
          name="email"
          type="email"
          autoComplete="email"
          value={draft.email}
          onChange={set("email")}
        />
      </Field>
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
