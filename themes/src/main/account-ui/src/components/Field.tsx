import { FormGroup, FormHelperText, HelperText, HelperTextItem } from "@patternfly/react-core";
import type { PropsWithChildren } from "react";

type Props = { label: string; fieldId: string; isRequired?: boolean; error?: string; help?: string };

/**
 * A labelled form field with its help text or the server's field error, tied to the input for screen readers: the
 * input names {@link helperId} in its aria-describedby ({@link describedBy}). The helper is a live region that is
 * always there, so that an error appearing in it is read out, not only an error present when the region appears.
 */
export function Field({ label, fieldId, isRequired, error, help, children }: PropsWithChildren<Props>) {
  return (
    <FormGroup label={label} fieldId={fieldId} isRequired={isRequired}>
      {children}
      <FormHelperText>
        <HelperText id={helperId(fieldId)} isLiveRegion>
          {(error || help) && (
            <HelperTextItem variant={error ? "error" : "default"} hasIcon={!!error}>
              {error ?? help}
            </HelperTextItem>
          )}
        </HelperText>
      </FormHelperText>
    </FormGroup>
  );
}

/** The id of a {@link Field}'s help and error text. */
export function helperId(fieldId: string): string {
  return `${fieldId}-helper`;
}

/** What an input inside a {@link Field} needs to be tied to its text: aria-describedby and, on an error, invalid. */
export function describedBy(fieldId: string, error: string | undefined, help?: string) {
  return {
    "aria-describedby": error || help ? helperId(fieldId) : undefined,
    validated: error ? ("error" as const) : ("default" as const),
  };
}
