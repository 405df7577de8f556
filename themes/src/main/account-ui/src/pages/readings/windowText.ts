import { formatDate } from "../../format";

/**
 * A window's day, with the hour when the window opens or closes at one ("5 gen 2027, 20:00"); a whole-day bound
 * (midnight) shows the day alone. The hour is the portal's (the offset in the time), whatever the browser's zone.
 */
export function windowBound(day?: string | null, at?: string | null): string {
  const time = at?.slice(11, 16);
  return time && time !== "00:00" ? `${formatDate(day)}, ${time}` : formatDate(day);
}

type Bounds = {
  open: boolean;
  from?: string | null;
  to?: string | null;
  opensAt?: string | null;
  closesAt?: string | null;
};

/** "Open until ...", "next from ... to ...", or "none": the sentence of a window, by message key and values. */
export function windowSentence(w: Bounds): { key: string; values: Record<string, string> } {
  const from = windowBound(w.from, w.opensAt);
  const to = windowBound(w.to, w.closesAt);
  if (w.open) return { key: "portalReadingWindowOpen", values: { to } };
  if (w.from) return { key: "portalReadingWindowClosedNext", values: { from, to } };
  return { key: "portalReadingWindowClosed", values: {} };
}
