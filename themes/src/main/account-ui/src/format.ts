import type { Address } from "./api";
import { i18n } from "./i18n";

// the realm's languages; any other falls back to British English, the console's fallback language
const LOCALES: Record<string, string> = { it: "it-IT", ro: "ro-RO" };
const locale = () => LOCALES[i18n.language] ?? "en-GB";

export function formatDate(iso?: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(new Date(y, m - 1, d));
}

export function formatDateTime(iso?: string | null): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function formatAmount(euro: number): string {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR" }).format(euro);
}

export function formatNumber(value?: number | null, maximumFractionDigits = 3): string {
  if (value === null || value === undefined) return "";
  return new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);
}

/**
 * A file's size in the unit that keeps it readable: bytes below 1 kB (an 87-byte file is "87 byte", not "0 KB"), then
 * kB and MB (powers of 1000, as the units' names say), with one decimal below 10.
 */
export function formatFileSize(bytes: number): string {
  const [unit, value]: [string, number] =
    bytes < 1000 ? ["byte", bytes] : bytes < 1_000_000 ? ["kilobyte", bytes / 1000] : ["megabyte", bytes / 1_000_000];
  return new Intl.NumberFormat(locale(), {
    style: "unit",
    unit,
    unitDisplay: unit === "byte" ? "long" : "short",
    maximumFractionDigits: unit !== "byte" && value < 10 ? 1 : 0,
  }).format(value);
}

/** Month name, 1 = January. */
export function monthName(month: number, style: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(locale(), { month: style }).format(new Date(2000, month - 1, 1));
}

export function formatAddress(address?: Address | null): string {
  if (!address) return "";
  const place = [address.postalCode, address.city].filter(Boolean).join(" ");
  const province = address.province ? ` (${address.province})` : "";
  return [address.street, place + province].filter(Boolean).join(", ");
}

/** Parses a decimal typed with a comma or a point, as Italian customers do; NaN when it is not a number. */
export function parseDecimal(text: string): number {
  const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
  return normalized === "" || !/^\d+(\.\d+)?$/.test(normalized) ? NaN : Number(normalized);
}
