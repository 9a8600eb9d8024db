import { screen, waitFor } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { expect, test } from "vitest";
import { EXAMPLESHIRE, json } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const handlers = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /readyz": () => json({ status: "ready", database: "postgresql" }),
};

test("an unknown address shows 'Page not found' with a way home", async () => {
  renderApp("/no/such/page", handlers);

  expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(screen.getByRole("link", { name: "Go to the EHC hub home page" })).toHaveAttribute(
    "href",
    "/",
  );
  await waitFor(() =>
    expect(document.title).toBe("Page not found – EHC hub – Exampleshire County Council"),
  );
});

test("following a link moves focus to the new page's heading", async () => {
  const user = userEvent.setup();
  renderApp("/no/such/page", handlers);

  // On first load focus stays at the top of the page, where the skip link is.
  const notFound = await screen.findByRole("heading", { level: 1, name: "Page not found" });
  expect(notFound).not.toHaveFocus();

  await user.click(screen.getByRole("link", { name: "Go to the EHC hub home page" }));

  const home = await screen.findByRole("heading", { level: 1, name: "EHC hub" });
  await waitFor(() => expect(home).toHaveFocus());
  expect(await screen.findByText("PostgreSQL")).toBeInTheDocument();
});
