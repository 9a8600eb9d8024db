import { describe, expect, test } from "vitest";
import { safeReturnPath, withReturnTo } from "./returnTo";

describe("where to go after signing in", () => {
  test.each([
    ["/account", "/account"],
    ["/cases?page=2#top", "/cases?page=2#top"],
    [null, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/path", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["account", "/"],
    ["/sign-in", "/"],
    ["/sign-in/code", "/"],
    ["/signed-out", "/"],
  ])("%s -> %s", (candidate, expected) => {
    expect(safeReturnPath(candidate)).toBe(expected);
  });

  test("carries a safe path through the sign-in steps in the query string", () => {
    expect(withReturnTo("/sign-in/code", "/account")).toBe("/sign-in/code?next=%2Faccount");
    expect(withReturnTo("/sign-in/code", "//evil.example")).toBe("/sign-in/code");
  });
});
