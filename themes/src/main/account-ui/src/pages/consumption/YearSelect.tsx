import { FormGroup, FormSelect, FormSelectOption } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

const YEARS_SHOWN = 5;

/** This year and the four before it. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <FormGroup label={t("portalYear")} fieldId="consumption-year">
      <FormSelect
        id="consumption-year"
        style={{ minWidth: "8rem" }}
        value={String(year)}
        onChange={(_e, value) => onChange(Number(value))}
      >
        {Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i).map((y) => (
          <FormSelectOption key={y} value={String(y)} label={String(y)} />
        ))}
      </FormSelect>
    </FormGroup>
  );
}
