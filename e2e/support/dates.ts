// Dates as the statutory engine counts them and the service writes them: civil
// dates in Europe/London, "N weeks" as 7N calendar days, written "3 March 2026".

/** Today's date in England. */
function londonToday(): { y: number; m: number; d: number } {
  const iso = new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return { y, m, d };
}

/** The London date `days` days from today, as the service writes dates ("1 March 2027"). */
export function daysFromToday(days: number): string {
  const { y, m, d } = londonToday();
  return new Date(Date.UTC(y, m - 1, d + days)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** The London date `weeks` calendar weeks from today ("N weeks" = 7N days). */
export function weeksFromToday(weeks: number): string {
  return daysFromToday(weeks * 7);
}

/** Today in England, as the service writes dates ("3 March 2026"). */
export function today(): string {
  return daysFromToday(0);
}
