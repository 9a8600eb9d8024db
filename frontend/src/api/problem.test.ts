import { describe, expect, test } from "vitest";
import { isProblem, mapProblemToFieldErrors, type Problem } from "./problem";

const validation: Problem = {
  type: "https://ehc-hub.example/problems/validation",
  title: "Some answers need changing",
  status: 422,
  errors: [
    {
      field: "child.date_of_birth",
      code: "in_future",
      message: "Date of birth must be in the past",
    },
    { field: "child.first_name", code: "required", message: "Enter the child's first name" },
    {
      field: "child.first_name",
      code: "too_long",
      message: "First name must be 100 characters or fewer",
    },
  ],
};

describe("mapping a problem's errors to the error summary and the fields", () => {
  test("each field gets its first message, linked from the summary in the server's order", () => {
    const mapped = mapProblemToFieldErrors(validation, { "child.date_of_birth": "dob-day" });
    expect(mapped.summary).toEqual([
      { href: "#dob-day", text: "Date of birth must be in the past" },
      { href: "#child.first_name", text: "Enter the child's first name" },
    ]);
    expect(mapped.byField).toEqual({
      "child.date_of_birth": "Date of birth must be in the past",
      "child.first_name": "Enter the child's first name",
    });
    expect(mapped.general).toBeUndefined();
  });

  test("a problem without field errors is shown as one general message", () => {
    const mapped = mapProblemToFieldErrors({
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "This plan has already been finalised",
    });
    expect(mapped.summary).toEqual([]);
    expect(mapped.general).toBe("This plan has already been finalised");
  });

  test("an error on the whole form (empty field) is listed without a link", () => {
    const mapped = mapProblemToFieldErrors({
      ...validation,
      errors: [{ field: "", code: "x", message: "Choose at least one section" }],
    });
    expect(mapped.summary).toEqual([{ href: undefined, text: "Choose at least one section" }]);
  });

  test("recognises problem bodies", () => {
    expect(isProblem(validation)).toBe(true);
    expect(isProblem({ message: "nope" })).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
