// A small RFC 6238 TOTP (HMAC-SHA1, 30-second steps) so that the tests can be
// the person's authenticator app: they read the key off the set-up page and
// work out the code themselves.
import { createHmac } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const STEP_SECONDS = 30;

/** RFC 4648 base32, ignoring spaces, case and padding (keys are shown in groups of four). */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(char)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** RFC 4226 HOTP for a counter. */
export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac("sha1", secret).update(message).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The time step a moment falls in. */
export function stepAt(unixMs: number = Date.now()): number {
  return Math.floor(unixMs / 1000 / STEP_SECONDS);
}

/** The code for a time step. */
export function totpForStep(secret: Buffer, step: number, digits = 6): string {
  return hotp(secret, step, digits);
}

/** The code an app would show at `unixMs`. */
export function totp(secret: Buffer, unixMs: number = Date.now(), digits = 6): string {
  return hotp(secret, stepAt(unixMs), digits);
}

/**
 * A code the server will accept after one for `lastUsedStep`: the server takes
 * the current step +-1 but refuses any step it has already accepted (replay),
 * so use the next step rather than wait up to 30 seconds.
 */
export function nextCode(secret: Buffer, lastUsedStep: number): { code: string; step: number } {
  const step = Math.max(stepAt() + 1, lastUsedStep + 1);
  if (step > stepAt() + 1) throw new Error("no step the server would accept yet: wait");
  return { code: totpForStep(secret, step), step };
}

/** A six-digit code that is none of those the server could accept around now. */
export function wrongCode(secret: Buffer): string {
  const now = stepAt();
  const near = new Set([-2, -1, 0, 1, 2].map((d) => totpForStep(secret, now + d)));
  for (let n = 0; ; n += 1) {
    const candidate = String((123456 + n * 111) % 1_000_000).padStart(6, "0");
    if (!near.has(candidate)) return candidate;
  }
}
