import { FormSelect, FormSelectOption, TextArea, TextInput } from "@patternfly/react-core";
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import type { MachineState, TicketCategory, TicketMachine } from "../../api";
import { describedBy, Field } from "../../components/Field";
import { supplyPointLabel } from "../../components/SupplyPointSelector";
import { useSupplyPoints } from "../../portal";

export const MAX_ATTACHMENTS = 5;
const ACCEPTED = "image/png,image/jpeg,application/pdf,video/mp4";
export const MACHINE_STATES: readonly MachineState[] = ["STOPPED", "DEGRADED", "RUNNING"];

/** The form's text fields, named as the API's TicketForm names them. */
export type Draft = {
  category: string;
  supplyPointId: string;
  machineId: string;
  machineState: string;
  subject: string;
  description: string;
  contacts: string;
};

export type FieldProps = {
  draft: Draft;
  set: (field: keyof Draft) => (event: unknown, value: string) => void;
  error: (field: string) => string | undefined;
};

/** "model (serial number)", as the ticket names the machine. */
export function machineLabel(machine: TicketMachine): string {
  return `${machine.model} (${machine.serialNumber})`;
}

/** Category (required) and, optionally, the supply point the request is about. */
export function TicketChoices({
  categories,
  draft,
  set,
  error,
}: FieldProps & { categories: readonly TicketCategory[] }) {
  const { t } = useTranslation();
  const { supplyPoints } = useSupplyPoints();
  return (
    <>
      <Field label={t("portalTicketCategory")} fieldId="ticket-category" isRequired error={error("category")}>
        <FormSelect
          id="ticket-category"
          name="category"
          isRequired
          value={draft.category}
          onChange={set("category")}
          {...describedBy("ticket-category", error("category"))}
        >
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
          {...describedBy("ticket-supply-point", error("supplyPointId"))}
        >
          <FormSelectOption value="" label={t("portalTicketSupplyPointNone")} />
          {(supplyPoints ?? []).map((sp) => (
            <FormSelectOption key={sp.id} value={String(sp.id)} label={supplyPointLabel(t, sp)} />
          ))}
        </FormSelect>
      </Field>
    </>
  );
}

/** For customers with machines in the CRM (suppliers): the machine, and its state once a machine is chosen. */
export function TicketMachineChoice({
  machines,
  draft,
  set,
  error,
}: FieldProps & { machines: readonly TicketMachine[] }) {
  const { t } = useTranslation();
  if (machines.length === 0) return null;
  return (
    <>
      <Field
        label={t("portalTicketMachine")}
        fieldId="ticket-machine"
        help={t("portalTicketMachineHelp")}
        error={error("machineId")}
      >
        <FormSelect
          id="ticket-machine"
          name="machineId"
          value={draft.machineId}
          onChange={set("machineId")}
          {...describedBy("ticket-machine", error("machineId"), t("portalTicketMachineHelp"))}
        >
          <FormSelectOption value="" label={t("portalTicketMachineNone")} />
          {machines.map((m) => (
            <FormSelectOption key={m.id} value={String(m.id)} label={machineLabel(m)} />
          ))}
        </FormSelect>
      </Field>
      {draft.machineId !== "" && (
        <Field label={t("portalTicketState")} fieldId="ticket-machine-state" isRequired error={error("machineState")}>
          <FormSelect
            id="ticket-machine-state"
            name="machineState"
            isRequired
            value={draft.machineState}
            onChange={set("machineState")}
            {...describedBy("ticket-machine-state", error("machineState"))}
          >
            <FormSelectOption value="" label={t("portalTicketMachineStateChoose")} isPlaceholder isDisabled />
            {MACHINE_STATES.map((state) => (
              <FormSelectOption key={state} value={state} label={t(`portalTicketMachineState${state}`)} />
            ))}
          </FormSelect>
        </Field>
      )}
    </>
  );
}

/** Subject, description and the contacts to notify; limits as the API's TicketForm has them. */
export function TicketTexts({ draft, set, error }: FieldProps) {
  const { t } = useTranslation();
  const text = (field: keyof Draft, labelKey: string, maxLength?: number, isRequired = false, helpKey?: string) => (
    <Field
      label={t(labelKey)}
      fieldId={`ticket-${field}`}
      isRequired={isRequired}
      help={helpKey && t(helpKey)}
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
        {...describedBy(`ticket-${field}`, error(field), helpKey && t(helpKey))}
      />
    </Field>
  );
  return (
    <>
      {text("subject", "portalTicketSubject", 255, true)}
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
          {...describedBy("ticket-description", error("description"))}
        />
      </Field>
      {text("contacts", "portalTicketContacts", undefined, false, "portalTicketContactsHelp")}
    </>
  );
}

/** The files to attach; read through the ref (a file input cannot be controlled), kept while the summary shows. */
export const TicketAttachments = forwardRef<HTMLInputElement, { tooMany: boolean; error: string | undefined }>(
  function TicketAttachments({ tooMany, error }, ref) {
    const { t } = useTranslation();
    return (
      <Field
        label={t("portalTicketAttachments")}
        fieldId="ticket-attachments"
        help={t("portalTicketAttachmentsHelp", { max: MAX_ATTACHMENTS })}
        error={tooMany ? t("portalTicketAttachmentsTooMany", { max: MAX_ATTACHMENTS }) : error}
      >
        <input
          ref={ref}
          id="ticket-attachments"
          name="attachments"
          type="file"
          multiple
          accept={ACCEPTED}
          className="pf-v5-c-form-control"
          aria-describedby="ticket-attachments-helper"
          aria-invalid={tooMany || !!error}
        />
      </Field>
    );
  },
);
