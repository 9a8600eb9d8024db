import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// govuk-frontend's JavaScript only initialises when the page says it is
// supported (main.tsx does the same). Some tests run in the node environment.
if (typeof document !== "undefined") {
  document.body.classList.add("govuk-frontend-supported");
}

afterEach(() => {
  cleanup();
});
