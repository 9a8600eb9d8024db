import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// A page's first render (lazy route, first query) can take over a second on a
// busy two-core CI machine: wait up to 5 s for what a test expects to appear.
configure({ asyncUtilTimeout: 5000 });

// govuk-frontend's JavaScript only initialises when the page says it is
// supported (main.tsx does the same). Some tests run in the node environment.
if (typeof document !== "undefined") {
  document.body.classList.add("govuk-frontend-supported");
}

afterEach(() => {
  cleanup();
});
