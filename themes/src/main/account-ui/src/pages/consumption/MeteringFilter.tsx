import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MAX_DAYS, lastDays, rangeError, type DateRange } from "./meteringRange";

type Props = { range: DateRange; onApply: (range: DateRange) => void };

const ERROR_ID = "metering-range-error";

/** The days the interval data covers: two dates applied on submit (checked first), or a preset applied at once. */
export function MeteringFilter({ range, onApply }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DateRange>(range);
  const [error, setError] = useState<string>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problem = rangeError(draft);
    setError(problem);
    if (!problem) onApply(draft);
  };
  const preset = (next: DateRange) => {
    setDraft(next);
    setError(undefined);
    onApply(next);
  };
  const field = (name: keyof DateRange, labelKey: string) => (
    <DayField
      name={name}
      label={t(labelKey)}
      value={draft[name]}
      invalid={error !== undefined}
      onChange={(value) => setDraft({ ...draft, [name]: value })}
    />
  );
  return (
    <Form isHorizontal={false} onSubmit={apply} aria-label={t("portalMeteringFilter")}>
      <Toolbar>
        <ToolbarContent>
          {field("from", "portalPeriodFrom")}
          {field("to", "portalPeriodTo")}
          <ToolbarItem style={{ alignSelf: "flex-end" }}>
            <ActionGroup>
              <Button type="submit" variant="secondary" data-testid="metering-apply">
                {t("portalFilterApply")}
              </Button>
            </ActionGroup>
          </ToolbarItem>
          <Presets onChoose={preset} />
        </ToolbarContent>
      </Toolbar>
      {error && (
        <FormHelperText>
          <HelperText id={ERROR_ID} aria-live="polite">
            <HelperTextItem variant="error">{t(error, { max: MAX_DAYS })}</HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </Form>
  );
}

type DayProps = {
  name: keyof DateRange;
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
};

function DayField({ name, label, value, invalid, onChange }: DayProps) {
  return (
    <ToolbarItem>
      <FormGroup label={label} fieldId={`metering-${name}`}>
        <TextInput
          id={`metering-${name}`}
          type="date"
          value={value}
          validated={invalid ? "error" : "default"}
          aria-describedby={invalid ? ERROR_ID : undefined}
          onChange={(_e, text) => onChange(text)}
        />
      </FormGroup>
    </ToolbarItem>
  );
}

/** The last 7, 30 and 365 days up to yesterday, one click each. */
function Presets({ onChoose }: { onChoose: (range: DateRange) => void }) {
  const { t } = useTranslation();
  const presets: [number, string][] = [
    [7, "portalMeteringLast7"],
    [30, "portalMeteringLast30"],
    [365, "portalMeteringLast365"],
  ];
  return (
    <ToolbarItem style={{ alignSelf: "flex-end" }}>
      {presets.map(([days, key]) => (
        <Button
          key={key}
          variant="link"
          onClick={() => onChoose(lastDays(new Date(), days))}
          data-testid={`metering-last-${days}`}
        >
          {t(key)}
        </Button>
      ))}
    </ToolbarItem>
  );
}
