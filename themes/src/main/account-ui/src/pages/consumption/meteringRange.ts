import type { Bar } from "../../components/BarChart";

/** The longest range the API answers in one call (a leap year), as the server checks it too. */
export const MAX_DAYS = 366;
const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export type DateRange = { from: string; to: string };

/** A local calendar day as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The 30 days up to yesterday: the newest complete data a meter has sent. */
export function defaultRange(today: Date): DateRange {
  const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const from = new Date(to.getFullYear(), to.getMonth(), to.getDate() - 29);
  return { from: isoDay(from), to: isoDay(to) };
}

/** The range ending yesterday that spans the given number of days (7, 30, 365). */
export function lastDays(today: Date, days: number): DateRange {
  const to = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const from = new Date(to.getFullYear(), to.getMonth(), to.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(to) };
}

function parseDay(text: string): number | undefined {
  if (!ISO_DAY.test(text)) return undefined;
  const [y, m, d] = text.split("-").map(Number);
  const time = Date.UTC(y, m - 1, d);
  const back = new Date(time);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? time : undefined;
}

/** Days in the range, both ends included; undefined when either end is not a date. */
export function daysIn({ from, to }: DateRange): number | undefined {
  const first = parseDay(from);
  const last = parseDay(to);
  return first === undefined || last === undefined ? undefined : Math.round((last - first) / DAY_MS) + 1;
}

/** The message key of what is wrong with the range, checked before asking the server; undefined when it is fine. */
export function rangeError(range: DateRange): string | undefined {
  const days = daysIn(range);
  if (days === undefined) return "portalMeteringRangeInvalid";
  if (days < 1) return "portalMeteringRangeOrder";
  if (days > MAX_DAYS) return "portalMeteringRangeTooLong";
  return undefined;
}

export type IntervalPoint = {
  start: string;
  minutes: number;
  energy?: number | null;
  power?: number | null;
  volume?: number | null;
};

/**
 * The chart's bars: one per interval the server sent (it already summed a long range per day), the main figure of the
 * commodity as the value, the full date (and time below a day) as the label, and a short label on about a dozen bars
 * only, so that a week of quarter-hours stays readable.
 */
export function meteringBars(
  intervals: readonly IntervalPoint[],
  electricity: boolean,
  formatStart: (start: string, withTime: boolean) => string,
  maxLabels = 12,
): Bar[] {
  const step = Math.max(1, Math.ceil(intervals.length / maxLabels));
  return intervals.map((interval, i) => {
    const withTime = interval.minutes < 1440;
    const label = formatStart(interval.start, withTime);
    return {
      label,
      shortLabel: i % step === 0 ? formatStart(interval.start, false) : "",
      value: (electricity ? interval.energy : interval.volume) ?? null,
    };
  });
}
