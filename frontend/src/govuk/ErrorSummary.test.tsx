import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { mapProblemToFieldErrors } from "../api/problem";
import { ErrorMessage } from "./ErrorMessage";
import { ErrorSummary } from "./ErrorSummary";

test("a validation problem becomes a focused error summary linking to each field", () => {
  const { summary, byField } = mapProblemToFieldErrors({
    type: "about:blank",
    title: "Unprocessable Content",
    status: 422,
    errors: [{ field: "first_name", code: "required", message: "Enter your first name" }],
  });

  render(
    <>
      <ErrorSummary errors={summary} />
      <div className="govuk-form-group govuk-form-group--error">
        <label className="govuk-label" htmlFor="first_name">
          First name
        </label>
        <ErrorMessage id="first_name-error">{byField.first_name}</ErrorMessage>
        <input
          className="govuk-input govuk-input--error"
          id="first_name"
          aria-describedby="first_name-error"
        />
      </div>
    </>,
  );

  const alert = screen.getByRole("alert");
  expect(alert).toHaveTextContent("There is a problem");
  expect(screen.getByRole("link", { name: "Enter your first name" })).toHaveAttribute(
    "href",
    "#first_name",
  );
  // govuk-frontend's JavaScript moves focus to the summary when it appears.
  expect(document.querySelector(".govuk-error-summary")).toHaveFocus();
  expect(screen.getByRole("textbox", { name: "First name" })).toHaveAccessibleDescription(
    "Error: Enter your first name",
  );
});
