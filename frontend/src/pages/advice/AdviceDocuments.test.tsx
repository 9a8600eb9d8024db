import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { aFile, documentBody, fileRefused } from "../../../test/documents";
import { json } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import type { DocumentBody } from "../../api/upload";
import { adviceRequest, adviceServer, asPriya } from "./testServer";

const ARRIVAL = { timeout: 5000 };

const REPORT = documentBody({
  id: "d-ep",
  section: "advice",
  case_id: null,
  advice_request_id: "r-priya",
  file_name: "ep-assessment.pdf",
  uploaded_by: { id: "u-priya", name: "Priya Shah" },
});

describe("supporting documents for advice", { timeout: 20_000 }, () => {
  test("the task list offers them, and the adviser adds one while writing", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    let documents: DocumentBody[] = [];
    world.handlers["GET /api/v1/advice-requests/r-priya/documents"] = () =>
      json({ items: documents });
    world.handlers["POST /api/v1/advice-requests/r-priya/documents"] = () => {
      documents = [REPORT];
      return json(REPORT, 201);
    };
    const { requests } = renderApp("/advice-requests/r-priya", world.handlers);

    const task = await screen.findByRole("link", { name: "Supporting documents" }, ARRIVAL);
    expect(task).toHaveAccessibleDescription(/Optional.*None added/);
    await user.click(task);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Supporting documents" }),
    ).toBeVisible();
    expect(await screen.findByText("You have not added any documents.")).toBeVisible();
    await user.upload(
      screen.getByLabelText("Add a document"),
      aFile("ep-assessment.pdf", "application/pdf"),
    );
    await user.click(screen.getByRole("button", { name: "Upload file" }));

    expect(await screen.findByText("ep-assessment.pdf added")).toBeVisible();
    const list = await screen.findByRole("list", { name: "Documents added" });
    expect(within(list).getByRole("link", { name: "ep-assessment.pdf" })).toHaveAttribute(
      "href",
      "/api/v1/documents/d-ep/content",
    );
    const post = requests.find((r) => r.method === "POST")!;
    expect(new URL(post.url).searchParams.get("name")).toBe("ep-assessment.pdf");

    await user.click(screen.getByRole("link", { name: "Return to your advice" }));
    expect(
      await screen.findByRole("link", { name: "Supporting documents" }),
    ).toHaveAccessibleDescription(/1 added/);
  });

  test("a file the scanner cannot check (503) is refused with the server's message", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    world.handlers["GET /api/v1/advice-requests/r-priya/documents"] = () => json({ items: [] });
    world.handlers["POST /api/v1/advice-requests/r-priya/documents"] = () =>
      fileRefused(
        503,
        "scanner_unavailable",
        "Files cannot be checked for viruses just now, so none can be added. Try again later",
      );
    renderApp("/advice-requests/r-priya/documents", world.handlers);
    const input = await screen.findByLabelText("Add a document", {}, ARRIVAL);
    await user.upload(input, aFile("report.pdf", "application/pdf"));
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Files cannot be checked for viruses just now",
    );
    expect(screen.queryByText("report.pdf added")).not.toBeInTheDocument();
  });

  test("submitted advice lists its documents to download, with no way to add more", async () => {
    const world = adviceServer(asPriya(), [
      adviceRequest({
        state: "submitted",
        state_label: "Submitted",
        completed_on: "2026-12-14",
        you_may: {
          read_response: true,
          edit: false,
          submit: false,
          decline: false,
          allocate: false,
          reopen: false,
          withdraw: false,
        },
      }),
    ]);
    world.handlers["GET /api/v1/advice-requests/r-priya/documents"] = () =>
      json({ items: [REPORT] });
    renderApp("/advice-requests/r-priya/advice", world.handlers);
    expect(
      await screen.findByRole("heading", { level: 2, name: "Supporting documents" }, ARRIVAL),
    ).toBeVisible();
    expect(await screen.findByRole("link", { name: "ep-assessment.pdf" })).toHaveAttribute(
      "download",
    );
    expect(
      screen.queryByRole("link", { name: "Add a supporting document" }),
    ).not.toBeInTheDocument();
  });
});
