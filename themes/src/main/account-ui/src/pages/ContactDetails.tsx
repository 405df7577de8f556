import { Page, PersonalInfo, useAccountAlerts } from "@keycloak/keycloak-account-ui";
import {
  ActionGroup,
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  Spinner,
  Stack,
  StackItem,
  TextInput,
  Title,
} from "@patternfly/react-core";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { PortalError, type ContactChange, type Me } from "../api";
import { Field } from "../components/Field";
import { ProblemAlert } from "../components/ProblemAlert";
import { formatAddress } from "../format";
import { usePortalApi } from "../portal";

const NOT_A_CUSTOMER = "urn:sportello:problem:not-a-customer";

type Draft = { phone: string; fax: string; email: string };
const draftOf = (me: Me): Draft => ({ phone: me.phone ?? "", fax: me.fax ?? "", email: me.email ?? "" });

/**
 * Personal data as the CRM has it. Only phone, fax and email can be changed here; the rest is the CRM's and is
 * shown read-only (the server refuses other changes anyway). Phone and fax change at once; a new email is only
 * requested: the server mails a confirmation link to it (or, when another account holds it, a notice to that
 * account) and answers the same either way, so the page says only that a link was sent if the address can be used. An account that is not a CRM customer (staff, demo)
 * gets Keycloak's stock personal info page instead.
 */
export function ContactDetails() {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [me, setMe] = useState<Me>();
  const [draft, setDraft] = useState<Draft>({ phone: "", fax: "", email: "" });
  const [loadError, setLoadError] = useState<unknown>();
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [emailRequested, setEmailRequested] = useState(false);

  useEffect(() => {
    api
      .me()
      .then((m) => {
        setMe(m);
        setDraft(draftOf(m));
      })
      .catch(setLoadError);
  }, [api]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(undefined);
    setEmailRequested(false);
    setSaving(true);
    const change: ContactChange = {
      phone: draft.phone.trim() || null,
      fax: draft.fax.trim() || null,
      email: draft.email.trim() || null,
    };
    try {
      const saved = await api.saveContact(change);
      setMe(saved);
      setDraft(draftOf(saved));
      addAlert(t("portalContactSaved"));
      setEmailRequested(saved.emailConfirmation != null);
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const fieldError = (field: string) => (saveError instanceof PortalError ? saveError.fieldError(field) : undefined);
  const set = (field: keyof Draft) => (_e: unknown, value: string) => setDraft({ ...draft, [field]: value });

  if (loadError instanceof PortalError && loadError.problem.type === NOT_A_CUSTOMER) return <PersonalInfo />;

  return (
    <Page title={t("personalInfo")} description={t("portalContactDescription")}>
      <ProblemAlert error={loadError} />
      {!me && !loadError && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {me && (
        <Stack hasGutter>
          <StackItem>
            <Title headingLevel="h2" size="lg">
              {t("portalContactCustomer")}
            </Title>
          </StackItem>
          <StackItem>
            <DescriptionList isHorizontal data-testid="customer-record">
              <DescriptionListGroup>
                <DescriptionListTerm>{t("portalCustomerCode")}</DescriptionListTerm>
                <DescriptionListDescription>{me.customerCode}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>
                  {me.kind === "COMPANY" ? t("portalCustomerCompanyName") : t("portalCustomerName")}
                </DescriptionListTerm>
                <DescriptionListDescription>{me.displayName}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("portalAddress")}</DescriptionListTerm>
                <DescriptionListDescription>{formatAddress(me.address)}</DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
          </StackItem>
          <StackItem>
            <Title headingLevel="h2" size="lg" id="contact-form-title">
              {t("portalContactEditable")}
            </Title>
          </StackItem>
          <StackItem>
            <Form onSubmit={save} aria-labelledby="contact-form-title" data-testid="contact-form">
              <Field label={t("portalContactPhone")} fieldId="contact-phone" error={fieldError("phone")}>
                <TextInput id="contact-phone" name="phone" type="tel" autoComplete="tel" value={draft.phone} onChange={set("phone")} />
              </Field>
              <Field label={t("portalContactFax")} fieldId="contact-fax" error={fieldError("fax")}>
                <TextInput id="contact-fax" name="fax" type="tel" value={draft.fax} onChange={set("fax")} />
              </Field>
              <Field
                label={t("portalContactEmail")}
                fieldId="contact-email"
                error={fieldError("email")}
                help={t("portalContactEmailHelp")}
              >
                <TextInput id="contact-email" name="email" type="email" autoComplete="email" value={draft.email} onChange={set("email")} />
              </Field>
              {emailRequested && (
                <Alert variant="info" isInline title={t("portalContactEmailConfirmation")} data-testid="email-confirmation" />
              )}
              <ProblemAlert error={saveError} />
              <ActionGroup>
                <Button type="submit" variant="primary" isLoading={saving} isDisabled={saving} data-testid="contact-save">
                  {t("save")}
                </Button>
                <Button variant="link" onClick={() => setDraft(draftOf(me))}>
                  {t("portalReset")}
                </Button>
              </ActionGroup>
            </Form>
          </StackItem>
        </Stack>
      )}
    </Page>
  );
}
