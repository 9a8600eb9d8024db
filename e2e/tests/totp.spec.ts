import { expect, test } from "../support/fixtures";
import { base32Decode, hotp, totp } from "../support/totp";

// Checks the tests' own authenticator app against the RFC's published vectors.
test.describe("the tests' TOTP (RFC 6238, HMAC-SHA1)", { tag: "@no-axe" }, () => {
  const secret = Buffer.from("12345678901234567890", "ascii");

  test("matches RFC 6238 appendix B (8 digits, SHA-1)", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
      [20000000000, "65353130"],
    ];
    for (const [seconds, code] of vectors) {
      expect(totp(secret, seconds * 1000, 8), `T=${seconds}`).toBe(code);
    }
  });

  test("matches RFC 4226 appendix D (HOTP, 6 digits)", () => {
    const expected = ["755224", "287082", "359152", "969429", "338314"];
    expected.forEach((code, counter) => expect(hotp(secret, counter)).toBe(code));
  });

  test("reads a key written in base32 groups of four", () => {
    // "12345678901234567890" in base32, grouped as the set-up page shows it.
    expect(base32Decode("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")).toEqual(secret);
    expect(base32Decode("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")).toEqual(secret);
  });
});
