// Dates as the statutory engine counts them and the service writes them: civil
// dates in Europe/London, "N weeks" as 7N calendar days, "N months" as the same
// day N months on (or that month's last day), written "3 March 2026".

/** Today's date in England. */
function londonToday(): { y: number; m: number; d: number } {
  const iso = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return { y, m, d };
}

/** A civil date (month from 0; days past the month's end roll on) as the service writes it. */
function written(y: number, monthIndex: number, d: number): string {
  return new Date(Date.UTC(y, monthIndex, d)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** The London date `days` days from today, as the service writes dates ("1 March 2027"). */
export function daysFromToday(days: number): string {
  const { y, m, d } = londonToday();
  return written(y, m - 1, d + days);
}

/** The London date `weeks` calendar weeks from today ("N weeks" = 7N days). */
export function weeksFromToday(weeks: number): string {
  return daysFromToday(weeks * 7);
}

/**
 * The London date `months` calendar months from today: the same day of the
 * month, or the month's last day when it has no such day (29 February and 12
 * months is 28 February), as the service counts the annual review.
 */
export function monthsFromToday(months: number): string {
  const { y, m, d } = londonToday();
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return written(y, m - 1 + months, Math.min(d, lastDay));
}

/** Today in England, as the service writes dates ("3 March 2026"). */
export function today(): string {
  return daysFromToday(0);
}
