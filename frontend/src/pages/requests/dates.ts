// Calendar dates (the API's "2026-03-03") as people in England write them, and
// the day/month/year boxes of GOV.UK's date input turned into one.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "3 March 2026" from "2026-03-03" (no time zone: a date is a date). */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = month === undefined ? undefined : MONTHS[month - 1];
  if (!year || !name || !day) return iso;
  return `${day} ${name} ${year}`;
}

/** The three boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: "", month: "", year: "" };

export function partsOf(iso: string | null | undefined): DateParts {
  if (!iso) return NO_DATE;
  const [year = "", month = "", day = ""] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * What the boxes say: nothing (all empty), a real date ("2018-03-27"), or not
 * a date yet (some empty, or 31 February).
 */
export function dateFromParts(
  parts: DateParts,
): { kind: "empty" } | { kind: "date"; iso: string } | { kind: "invalid" } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: "empty" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { kind: "invalid" };
  }
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { kind: "invalid" };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return { kind: "date", iso: `${y}-${pad(m)}-${pad(d)}` };
}
