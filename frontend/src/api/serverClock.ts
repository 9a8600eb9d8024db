// The difference between the server's clock and this device's, learnt from the
// Date header of the server's responses. Session deadlines come from the server
// as absolute times; a phone whose clock is a few minutes out would otherwise
// warn too early or too late. Held in memory only.

/** Differences smaller than this are the Date header's one-second rounding, not skew. */
const NOISE_MS = 3_000;

let offsetMs = 0;

/** Records the server's idea of "now" from a Date header (ignored when absent or unreadable). */
export function noteServerDate(header: string | null, localNow: number = Date.now()): void {
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  const offset = server - localNow;
  offsetMs = Math.abs(offset) < NOISE_MS ? 0 : offset;
}

/** A moment the server named (ISO 8601), as a time on this device's clock (ms). */
export function toLocalTime(serverTime: string): number {
  return Date.parse(serverTime) - offsetMs;
}

/** For tests. */
export function resetServerClock(): void {
  offsetMs = 0;
}
