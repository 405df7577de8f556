import { useAccountAlerts } from "@keycloak/keycloak-account-ui";
import { ActionGroup, Button, Form, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../../api";
import { Field } from "../../components/Field";
import { ProblemAlert } from "../../components/ProblemAlert";
import { fieldError, toProblem, type Problem } from "../../problem";
import { usePortalApi } from "../../usePortalApi";
import { checkReading, type ReadingErrors, type ReadingInput } from "./readingForm";

const EMPTY: ReadingInput = { meterValue: "", correctorValue: "" };

type Props = {
  supplyPoint: SupplyPoint;
  /** While the CRM takes no readings: the id of what says so, and the fields and the button are disabled. */
  closedReasonId?: string;
  onSubmitted: () => void;
};

/** A new self-reading: the meter's value, and the corrector's where the supply point has one. */
export function ReadingForm({ supplyPoint, closedReasonId, onSubmitted }: Props) {
  const closed = closedReasonId !== undefined;
  const { t } = useTranslation();
  const [input, setInput] = useState<ReadingInput>(EMPTY);
  const { submit, localErrors, problem, submitting } = useReadingSubmit(supplyPoint, input, () => {
    setInput(EMPTY);
    onSubmitted();
  });

  const errorOf = (field: keyof ReadingInput) => {
    const key = localErrors[field];
    return key ? t(key) : fieldError(problem, field);
  };
  const value = (field: keyof ReadingInput, id: string, labelKey: string, helpKey: string) => (
    <Field label={t(labelKey)} fieldId={id} isRequired error={errorOf(field)} help={t(helpKey)}>
      <TextInput
        id={id}
        name={field}
        inputMode="decimal"
        isRequired
        value={input[field]}
        onChange={(_e, v) => setInput({ ...input, [field]: v })}
        validated={errorOf(field) ? "error" : "default"}
        isDisabled={closed}
        aria-describedby={closed ? `${closedReasonId} ${id}-helper` : `${id}-helper`}
      />
    </Field>
  );

  return (
    <Form onSubmit={submit} aria-label={t("portalReadingNew")} data-testid="reading-form">
      {value("meterValue", "reading-meter", "portalReadingMeterValue", "portalReadingValueHelp")}
      {supplyPoint.hasCorrector &&
        value("correctorValue", "reading-corrector", "portalReadingCorrectorValue", "portalReadingCorrectorHelp")}
      <ProblemAlert problem={problem} />
      <ActionGroup>
        <Button
          type="submit"
          variant="primary"
          isLoading={submitting}
          isDisabled={submitting || closed}
          aria-describedby={closedReasonId}
          data-testid="reading-submit"
        >
          {t("portalReadingSubmit")}
        </Button>
      </ActionGroup>
    </Form>
  );
}

/** Checks the input in the browser first (checkReading), then sends it. */
function useReadingSubmit(supplyPoint: SupplyPoint, input: ReadingInput, onSubmitted: () => void) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const { addAlert } = useAccountAlerts();
  const [localErrors, setLocalErrors] = useState<ReadingErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [submitting, setSubmitting] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkReading(input, supplyPoint.hasCorrector);
    setLocalErrors(checked.valid ? {} : checked.errors);
    setProblem(undefined);
    if (!checked.valid) return;
    setSubmitting(true);
    try {
      await api.submitReading(supplyPoint.id, checked.meterValue, checked.correctorValue);
      addAlert(t("portalReadingSubmitted"));
      onSubmitted();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSubmitting(false);
    }
  };
  return { submit, localErrors, problem, submitting };
}
