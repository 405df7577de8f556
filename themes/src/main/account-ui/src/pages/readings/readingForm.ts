import { parseDecimal } from "../../format";

/** What the customer typed, as typed. */
export type ReadingInput = { meterValue: string; correctorValue: string };

/** Field name (as the API names it) to message key. */
export type ReadingErrors = Partial<Record<keyof ReadingInput, string>>;

export type CheckedReading =
  { valid: true; meterValue: number; correctorValue: number | null } | { valid: false; errors: ReadingErrors };

/**
 * The checks the browser can make before sending a reading: each value a decimal number (comma or point); the
 * corrector's only where the supply point has one. The server checks the rest (window, decimals, not below the last).
 */
export function checkReading(input: ReadingInput, hasCorrector: boolean): CheckedReading {
  const meterValue = parseDecimal(input.meterValue);
  const correctorValue = hasCorrector ? parseDecimal(input.correctorValue) : null;
  const errors: ReadingErrors = {};
  if (Number.isNaN(meterValue)) errors.meterValue = "portalReadingValueInvalid";
  if (correctorValue !== null && Number.isNaN(correctorValue)) errors.correctorValue = "portalReadingValueInvalid";
  return Object.keys(errors).length > 0 ? { valid: false, errors } : { valid: true, meterValue, correctorValue };
}
