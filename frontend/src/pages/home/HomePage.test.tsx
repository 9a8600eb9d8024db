import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { EXAMPLESHIRE, json, problem } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const service = () => json(EXAMPLESHIRE);

describe("the home page", () => {
  test("a family sees who runs the service and that it is working", async () => {
    renderApp("/", {
      "GET /api/v1/service": service,
      "GET /readyz": () => json({ status: "ready", database: "sqlite" }),
    });

    expect(await screen.findByRole("heading", { level: 1, name: "EHC hub" })).toBeInTheDocument();
    const header = screen.getByRole("banner");
    expect(
      await within(header).findByRole("link", { name: "Exampleshire County Council" }),
    ).toHaveAttribute("href", "/");

    const serviceRow = (await screen.findByText("Service")).closest(".govuk-summary-list__row");
    expect(serviceRow).toHaveTextContent("Ready");
    const databaseRow = screen.getByText("Database").closest(".govuk-summary-list__row");
    expect(databaseRow).toHaveTextContent("Ready SQLite");

    await waitFor(() =>
      expect(document.title).toBe("Home – EHC hub – Exampleshire County Council"),
    );
  });

  test("says the service is not ready when the database is unavailable (503 problem)", async () => {
    renderApp("/", {
      "GET /api/v1/service": service,
      "GET /readyz": () =>
        problem({
          type: "https://ehc-hub.example/problems/unavailable",
          title: "Service Unavailable",
          status: 503,
          detail: "The database cannot be reached.",
          request_id: "req-1",
        }),
    });

    const serviceRow = (await screen.findByText("Not ready")).closest(".govuk-summary-list__row");
    expect(serviceRow).toHaveTextContent("Service");
    expect(screen.getByText("Not available")).toBeInTheDocument();
    expect(screen.getByText("The database cannot be reached.")).toBeInTheDocument();
  });

  test("still explains the service when the server cannot be reached", async () => {
    renderApp("/", {
      "GET /api/v1/service": () => Promise.reject(new TypeError("Failed to fetch")),
      "GET /readyz": () => Promise.reject(new TypeError("Failed to fetch")),
    });

    expect(await screen.findByText("Cannot be reached")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Who it is for" })).toBeInTheDocument();
    expect(document.title).toBe("Home – EHC hub");
  });
});
