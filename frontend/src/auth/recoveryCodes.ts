// The recovery codes the server gives once, right after setting up a second
// factor, kept in memory (never in web storage or history) until the person
// has seen them and pressed Continue.
let codes: readonly string[] | null = null;

export function holdRecoveryCodes(value: readonly string[] | undefined): void {
  codes = value && value.length > 0 ? [...value] : null;
}

export function heldRecoveryCodes(): readonly string[] | null {
  return codes;
}

export function forgetRecoveryCodes(): void {
  codes = null;
}
