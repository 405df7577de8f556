/** The country codes (ITU E.164) of one digit and of two; every other one has three. */
const ONE_DIGIT = ["1", "7"];
const TWO_DIGITS = [
  "20",
  "27",
  "30",
  "31",
  "32",
  "33",
  "34",
  "36",
  "39",
  "40",
  "41",
  "43",
  "44",
  "45",
  "46",
  "47",
  "48",
  "49",
  "51",
  "52",
  "53",
  "54",
  "55",
  "56",
  "57",
  "58",
  "60",
  "61",
  "62",
  "63",
  "64",
  "65",
  "66",
  "81",
  "82",
  "84",
  "86",
  "90",
  "91",
  "92",
  "93",
  "94",
  "95",
  "98",
];
const VISIBLE_DIGITS = 3;
const E164 = /^\+[1-9][0-9]{6,14}$/;

/**
 * The verified mobile as the server's pages and mails show it (MobileNumber.masked): the country code and the last
 * three digits, the rest hidden (`+39 *******567`). Undefined for anything that is not an E.164 number.
 */
export function maskMobile(e164: string | undefined): string | undefined {
  if (!e164 || !E164.test(e164)) return undefined;
  const digits = e164.substring(1);
  const countryCode = ONE_DIGIT.includes(digits.substring(0, 1))
    ? digits.substring(0, 1)
    : TWO_DIGITS.includes(digits.substring(0, 2))
      ? digits.substring(0, 2)
      : digits.substring(0, 3);
  const hidden = Math.max(0, digits.length - countryCode.length - VISIBLE_DIGITS);
  return `+${countryCode} ${"*".repeat(hidden)}${digits.substring(digits.length - VISIBLE_DIGITS)}`;
}
