// Dates and times as people in England write them.

/** "5:26pm" (today) or "5:26pm on 23 November 2026". */
export function formatTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const time = date
    .toLocaleTimeString("en-GB", { hour: "numeric", minute: "2-digit", hour12: true })
    .replace(" ", "")
    .toLowerCase();
  if (date.toDateString() === now.toDateString()) return time;
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return `${time} on ${day}`;
}

/** "3 March 2026": the day of a moment, as it was in England. */
export function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}
