import {
  ActionGroup,
  Button,
  Form,
  FormGroup,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

/** Months of issue (`yyyy-MM`), "" for no bound. */
export type Period = { from: string; to: string };

const ANY: Period = { from: "", to: "" };

/** The period the invoice list shows: applied on submit, cleared at once. */
export function InvoiceFilter({ onApply }: { onApply: (period: Period) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Period>(ANY);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const month = (field: keyof Period, labelKey: string) => (
    <ToolbarItem>
      <FormGroup label={t(labelKey)} fieldId={`invoice-${field}`}>
        <TextInput
          id={`invoice-${field}`}
          type="month"
          value={draft[field]}
          placeholder={t("portalMonthPlaceholder")}
          onChange={(_e, value) => setDraft({ ...draft, [field]: value })}
        />
      </FormGroup>
    </ToolbarItem>
  );
  return (
    <Form isHorizontal={false} onSubmit={apply} aria-label={t("portalInvoicesFilter")}>
      <Toolbar>
        <ToolbarContent>
          {month("from", "portalPeriodFrom")}
          {month("to", "portalPeriodTo")}
          <ToolbarItem style={{ alignSelf: "flex-end" }}>
            <ActionGroup>
              <Button type="submit" variant="secondary">
                {t("portalFilterApply")}
              </Button>
              <Button
                variant="link"
                onClick={() => {
                  setDraft(ANY);
                  onApply(ANY);
                }}
              >
                {t("portalFilterClear")}
              </Button>
            </ActionGroup>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
    </Form>
  );
}
