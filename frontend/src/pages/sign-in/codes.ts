// Checks made in the browser before a code is sent, so that a slip of the
// finger does not count as a failed attempt on the account.

/** "123 456" and "123-456" are fine: spaces and dashes are dropped. */
export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, "");
}

/** The message for a six-digit code that cannot be right, or undefined. */
export function sixDigitCodeProblem(code: string): string | undefined {
  if (code === "") return "Enter the 6-digit code";
  if (!/^\d{6}$/.test(code)) return "The code must be 6 numbers, like 123456";
  return undefined;
}
