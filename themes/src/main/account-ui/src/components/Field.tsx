import { FormGroup, FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";
import type { PropsWithChildren } from "react";

type Props = { label: string; fieldId: string; isRequired?: boolean; error?: string; help?: string };

/** A labelled form field with its help text or the server's field error, tied to the input for screen readers. */
export function Field({ label, fieldId, isRequired, error, help, children }: PropsWithChildren<Props>) {
  return (
    <FormGroup label={label} fieldId={fieldId} isRequired={isRequired}>
      {children}
      {(error || help) && (
        <FormHelperText>
          <HelperText id={`${fieldId}-helper`}>
            <HelperTextItem variant={error ? "error" : "default"} hasIcon={!!error} aria-live="polite">
              {error ?? help}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
}
