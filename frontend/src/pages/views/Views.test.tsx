import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { aFile, documentBody, fileRefused, photoBody } from "../../../test/documents";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { CSRF_HEADER } from "../../api/client";
import type { DocumentBody } from "../../api/upload";
import { formatTime } from "../../app/format";
import { AUTOSAVE_DELAY_MS } from "../../autosave/useAutosave";
import type { CaseSummary } from "../cases/queries";
import { CONFLICT_MESSAGE } from "./EditViewsPage";
import type { CaseViews, ViewsBody } from "./kinds";

const ARRIVAL = { timeout: 5000 };
/** Long enough for the autosave's pause and its answer. */
const AFTER_AUTOSAVE = { timeout: AUTOSAVE_DELAY_MS + 3000 };

const later = () => new Date(Date.now() + 30 * 60_000);

function person(id: string, name: string, role: string, role_label: string) {
  return { ...demoMe(later()), id, display_name: name, role, role_label };
}

const PARENT = person("u-pat", "Pat Taylor", "family", "Family");
const SENCO = person("u-sam", "Sam Patel", "setting", "Education setting");
const COORDINATOR = person("u-chris", "Chris Okafor", "case_coordinator", "Case co-ordinator");
const CONTRIBUTOR = person("u-priya", "Priya Shah", "contributor", "Contributor");

function caseFile(): CaseSummary {
  return {
    id: "case-1",
    case_ref: "EHC-2026-000007",
    stage: "assessment",
    stage_label: "Assessment",
    stage_bar: [{ label: "Assessment", state: "current" }],
    child: {
      given_names: "Alex",
      family_name: "Smith",
      born_on: "2018-03-27",
      looked_after: false,
      parental_responsibility: "",
      preferred_language: "",
      setting: { id: "s1", name: "Riverside Primary School" },
      version: 4,
    },
    coordinator: { id: COORDINATOR.id, name: "Chris Okafor" },
    request_received_on: "2026-03-02",
    next_deadline: null,
    flags: [],
    what_next: { where_now: "The local authority is gathering advice.", next: null },
  };
}

function views(child: Partial<ViewsBody> = {}, parent: Partial<ViewsBody> = {}): CaseViews {
  return {
    items: [
      {
        kind: "child",
        title: "About me (the child's views)",
        body: "",
        written_by: null,
        on_behalf: false,
        updated_at: null,
        version: 0,
        ...child,
      },
      {
        kind: "parent",
        title: "My parent's or carer's views",
        body: "",
        written_by: null,
        on_behalf: false,
        updated_at: null,
        version: 0,
        ...parent,
      },
    ],
  };
}

function server(
  me: ReturnType<typeof person>,
  {
    caseViews = views(),
    documents = [],
    extra = {},
  }: { caseViews?: CaseViews; documents?: DocumentBody[]; extra?: Record<string, Handler> } = {},
): Record<string, Handler> {
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/auth/session": () => json(me.session),
    "GET /api/v1/me/notifications/unread-count": () => json({ unread_count: 0 }),
    "GET /api/v1/cases/case-1": () => json(caseFile()),
    "GET /api/v1/cases/case-1/views": () => json(caseViews),
    "GET /api/v1/cases/case-1/documents": () => json({ items: documents }),
    "GET /api/v1/cases/case-1/deadlines": () =>
      json({ case_id: "case-1", case_ref: "EHC-2026-000007", today: "2026-04-01", items: [] }),
    "GET /api/v1/cases/case-1/timeline": () => json({ items: [] }),
    "GET /api/v1/cases/case-1/access": () => json({ items: [] }),
    "GET /api/v1/cases/case-1/advice-requests": () =>
      json({ case_id: "case-1", case_ref: "EHC-2026-000007", items: [] }),
    ...extra,
  };
}

const WRITTEN = views(
  {
    body: "I like trains.\nI find loud rooms hard.",
    written_by: { id: SENCO.id, name: "Sam Patel" },
    on_behalf: true,
    updated_at: "2026-03-03T10:00:00Z",
    version: 2,
  },
  {},
);

describe("the views page", { timeout: 20_000 }, () => {
  test("shows each kind of views with who wrote it, its photos as thumbnails and its documents", async () => {
    renderApp(
      "/cases/case-1/views",
      server(PARENT, {
        caseViews: WRITTEN,
        documents: [
          photoBody(),
          documentBody({ id: "d-letter", section: "parent_views", file_name: "letter.pdf" }),
          documentBody({ id: "d-evidence", section: "evidence", file_name: "school-report.pdf" }),
        ],
      }),
    );
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Views of the child and family" },
        ARRIVAL,
      ),
    ).toBeVisible();

    const child = screen.getByTestId("views-child");
    expect(within(child).getByRole("heading", { level: 2, name: "About me" })).toBeVisible();
    expect(within(child).getByText("I like trains.")).toBeVisible();
    expect(within(child).getByText("I find loud rooms hard.")).toBeVisible();
    expect(
      within(child).getByText("Written by Sam Patel on the family's behalf on 3 March 2026"),
    ).toBeVisible();
    expect(within(child).getByRole("link", { name: /^Change ?About me$/ })).toHaveAttribute(
      "href",
      "/cases/case-1/views/child/edit",
    );
    const photo = await within(child).findByRole("img", {
      name: "Photo added by Pat Taylor on 3 March 2026",
    });
    expect(photo).toHaveAttribute("src", "/api/v1/documents/d-beach/content");
    expect(within(child).getByRole("link", { name: "beach.jpg" })).toHaveAttribute(
      "href",
      "/api/v1/documents/d-beach/content",
    );
    expect(within(child).getByText("(JPEG, 2 MB)")).toBeVisible();
    expect(
      within(child).getByRole("link", { name: /^Add a photo, video or document ?to About me$/ }),
    ).toHaveAttribute("href", "/cases/case-1/documents/new?section=child_views");

    const parent = screen.getByTestId("views-parent");
    expect(within(parent).getByText("Not written yet.")).toBeVisible();
    expect(
      within(parent).getByRole("link", { name: /^Write ?My parent's or carer's views$/ }),
    ).toBeVisible();
    const letter = within(parent).getByRole("link", { name: "letter.pdf" });
    expect(letter).toHaveAttribute("href", "/api/v1/documents/d-letter/content");
    expect(letter).toHaveAttribute("download");
    expect(within(parent).getByText("(PDF, 120 KB)")).toBeVisible();
    expect(within(parent).queryByRole("img")).not.toBeInTheDocument();
    // The case's evidence is not among the views.
    expect(screen.queryByText("school-report.pdf")).not.toBeInTheDocument();
  });

  test("a redacted document says who redacted it, when and why, and cannot be downloaded", async () => {
    renderApp(
      "/cases/case-1/views",
      server(PARENT, {
        documents: [
          photoBody({
            content_url: null,
            redaction: {
              redacted_at: "2026-03-05T12:00:00Z",
              redacted_by: { id: "u-ada", name: "Ada Adeyemi" },
              reason: "Another child's photo",
            },
          }),
        ],
      }),
    );
    const child = await screen.findByTestId("views-child", {}, ARRIVAL);
    expect(
      await within(child).findByText(
        "Redacted by an administrator on 5 March 2026: Another child's photo",
      ),
    ).toBeVisible();
    expect(within(child).getByText("beach.jpg")).toBeVisible();
    expect(within(child).queryByRole("link", { name: /beach/ })).not.toBeInTheDocument();
    expect(within(child).queryByRole("img")).not.toBeInTheDocument();
  });

  test("a contributor reads the views but is offered nothing to change", async () => {
    renderApp("/cases/case-1/views", server(CONTRIBUTOR, { caseViews: WRITTEN }));
    const child = await screen.findByTestId("views-child", {}, ARRIVAL);
    expect(within(child).getByText("I like trains.")).toBeVisible();
    expect(screen.queryByRole("link", { name: /^(Change|Write)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /^Add a photo/ })).not.toBeInTheDocument();
  });
});

describe("writing the views", { timeout: 20_000 }, () => {
  test("saves with If-Match of the version read, then shows the views with a banner", async () => {
    const user = userEvent.setup();
    let saved = WRITTEN;
    const { requests } = renderApp(
      "/cases/case-1/views/child/edit",
      server(PARENT, {
        caseViews: WRITTEN,
        extra: {
          "GET /api/v1/cases/case-1/views": () => json(saved),
          "PUT /api/v1/cases/case-1/views/child": async (request) => {
            const { body } = (await request.clone().json()) as { body: string };
            saved = views({
              body,
              written_by: { id: PARENT.id, name: "Pat Taylor" },
              on_behalf: false,
              updated_at: "2026-03-06T10:00:00Z",
              version: 3,
            });
            return json(saved);
          },
        },
      }),
    );
    const text = await screen.findByRole(
      "textbox",
      { name: "What the child or young person wants to say, in their own words" },
      ARRIVAL,
    );
    expect(screen.getByRole("heading", { level: 1, name: "About me" })).toBeVisible();
    expect(text).toHaveValue("I like trains.\nI find loud rooms hard.");
    expect(text).toHaveAccessibleDescription(
      /You can enter up to 20,000 characters.*What I like, what I'm good at, what I find hard, what helps me, what I want in the future/,
    );
    // A parent is not told they write on anyone's behalf.
    expect(screen.queryByTestId("on-behalf")).not.toBeInTheDocument();

    await user.clear(text);
    await user.type(text, "I like buses.");
    expect(screen.getByText("You have 19,987 characters remaining")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Views of the child and family" }),
    ).toBeVisible();
    expect(screen.getByText("About me saved")).toBeVisible();
    const put = requests.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"2"');
    expect(put.headers.get(CSRF_HEADER)).toBe("1");
    expect(await put.clone().json()).toEqual({ body: "I like buses." });
    expect(screen.getByText("Written by Pat Taylor on 6 March 2026")).toBeVisible();
  });

  test('the first writing sends If-Match "0"', async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/views/parent/edit",
      server(PARENT, {
        extra: { "PUT /api/v1/cases/case-1/views/parent": () => json(views()) },
      }),
    );
    const text = await screen.findByRole(
      "textbox",
      { name: "What you want to say as a parent or carer" },
      ARRIVAL,
    );
    expect(text).toHaveAccessibleDescription(
      /Your child's strengths, what worries you, what has helped, what you hope for/,
    );
    await user.type(text, "She is kind.");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(requests.some((r) => r.method === "PUT")).toBe(true));
    expect(requests.find((r) => r.method === "PUT")!.headers.get("If-Match")).toBe('"0"');
  });

  test("when someone else saved first (412) the error says so and the text typed stays", async () => {
    const user = userEvent.setup();
    renderApp(
      "/cases/case-1/views/child/edit",
      server(PARENT, {
        caseViews: WRITTEN,
        extra: {
          "PUT /api/v1/cases/case-1/views/child": () =>
            problem({
              type: "https://ehc-hub.example/problems/precondition-failed",
              title: "Precondition Failed",
              status: 412,
            }),
        },
      }),
    );
    const text = await screen.findByRole(
      "textbox",
      { name: "What the child or young person wants to say, in their own words" },
      ARRIVAL,
    );
    await user.clear(text);
    await user.type(text, "My own words");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent(
      "Someone else changed these views since you opened them. Your text is below: copy it, reload the page and add your changes again.",
    );
    expect(text).toHaveValue("My own words");
    expect(screen.getByRole("heading", { level: 1, name: "About me" })).toBeVisible();
    expect(document.title).toMatch(/^Error: About me/);
  });

  test("a parent's views are saved as they type and a stale save keeps their words", async () => {
    const user = userEvent.setup();
    const savedAt = new Date().toISOString();
    // The server's copy of the parent's views, saved under If-Match as the API does.
    let held = views();
    const parentsOf = (v: CaseViews) => v.items.find((item) => item.kind === "parent")!;
    const { requests } = renderApp(
      "/cases/case-1/views/parent/edit",
      server(PARENT, {
        extra: {
          "GET /api/v1/cases/case-1/views": () => json(held),
          "PUT /api/v1/cases/case-1/views/parent": async (request) => {
            if (request.headers.get("If-Match") !== `"${parentsOf(held).version}"`) {
              return problem({
                type: "https://ehc-hub.example/problems/precondition-failed",
                title: "Precondition Failed",
                status: 412,
              });
            }
            const { body } = (await request.clone().json()) as { body: string };
            held = views(
              {},
              {
                body,
                written_by: { id: PARENT.id, name: "Pat Taylor" },
                updated_at: savedAt,
                version: parentsOf(held).version + 1,
              },
            );
            return json(held);
          },
        },
      }),
    );
    const puts = () => requests.filter((r) => r.method === "PUT");
    const text = await screen.findByRole(
      "textbox",
      { name: "What you want to say as a parent or carer" },
      ARRIVAL,
    );
    const status = screen.getByTestId("autosave-status");
    expect(status).toHaveAttribute("role", "status");

    // Saved after a pause in the typing, without pressing anything.
    await user.type(text, "She is kind.");
    await waitFor(
      () => expect(status.textContent).toBe(`Saved at ${formatTime(savedAt)}`),
      AFTER_AUTOSAVE,
    );
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.headers.get("If-Match")).toBe('"0"');
    expect(parentsOf(held).body).toBe("She is kind.");

    // Her partner saves theirs in another tab; her next words are not saved over them.
    held = views({}, { ...parentsOf(held), body: "Their words", version: 5 });
    await user.type(text, " She loves trains.");
    const alert = await screen.findByRole("alert", {}, AFTER_AUTOSAVE);
    expect(alert).toHaveTextContent(CONFLICT_MESSAGE);
    expect(status).toHaveTextContent("Not saved: someone else has saved these views.");
    expect(text).toHaveValue("She is kind. She loves trains.");
    expect(document.title).toMatch(/^Error: My parent's or carer's views/);
    expect(puts()).toHaveLength(2);
    expect(puts()[1]!.headers.get("If-Match")).toBe('"1"');
    expect(parentsOf(held).body).toBe("Their words");

    // Typing on sends nothing more; their words stay theirs.
    await user.type(text, " And buses.");
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 300));
    expect(puts()).toHaveLength(2);

    // Reloading shows their version, with her words beside it to copy.
    await user.click(within(alert).getByRole("button", { name: "Reload the views" }));
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: "What you want to say as a parent or carer" }),
      ).toHaveValue("Their words"),
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByTestId("typed-before")).toHaveTextContent(
      "She is kind. She loves trains. And buses.",
    );
  });

  test("a SENCo is told they write on the family's behalf", async () => {
    renderApp("/cases/case-1/views/parent/edit", server(SENCO));
    expect(await screen.findByTestId("on-behalf", {}, ARRIVAL)).toHaveTextContent(
      "You are writing these on the family's behalf. This will be recorded.",
    );
  });

  test("too long a text is refused before it is sent", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/views/child/edit",
      server(PARENT, { caseViews: views({ body: "x".repeat(20_001), version: 1 }) }),
    );
    await screen.findByRole("heading", { level: 1, name: "About me" }, ARRIVAL);
    expect(screen.getByText("You have 1 character too many")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Save" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: /20,000 characters or fewer/ }),
    ).toHaveAttribute("href", "#views");
    expect(requests.some((r) => r.method === "PUT")).toBe(false);
  });
});

describe("adding a photo, video or document", { timeout: 20_000 }, () => {
  test("uploads the file itself to the section, then says it was added", async () => {
    const user = userEvent.setup();
    let documents: DocumentBody[] = [];
    const { requests } = renderApp(
      "/cases/case-1/documents/new?section=child_views",
      server(PARENT, {
        extra: {
          "GET /api/v1/cases/case-1/documents": () => json({ items: documents }),
          "POST /api/v1/cases/case-1/documents": () => {
            documents = [photoBody()];
            return json(photoBody(), 201);
          },
        },
      }),
    );
    expect(
      await screen.findByRole(
        "heading",
        { level: 1, name: "Add a photo, video or document to About me" },
        ARRIVAL,
      ),
    ).toBeVisible();
    const input = screen.getByLabelText("Upload a file");
    expect(input).toHaveAccessibleDescription(
      /Documents and photos can be up to 20 MB, videos up to 100 MB/,
    );
    expect(input.getAttribute("accept")).toContain("image/heic");
    expect(input.getAttribute("accept")).toContain("video/quicktime");
    expect(screen.queryByTestId("on-behalf")).not.toBeInTheDocument();

    await user.upload(input, aFile("beach.jpg", "image/jpeg"));
    await user.click(screen.getByRole("button", { name: "Upload file" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Views of the child and family" }),
    ).toBeVisible();
    expect(screen.getByText("beach.jpg added")).toBeVisible();
    const post = requests.find((r) => r.method === "POST")!;
    const url = new URL(post.url);
    expect(url.searchParams.get("section")).toBe("child_views");
    expect(url.searchParams.get("name")).toBe("beach.jpg");
    expect(post.headers.get("Content-Type")).toBe("image/jpeg");
    expect(post.headers.get(CSRF_HEADER)).toBe("1");
    expect(
      await screen.findByRole("img", { name: "Photo added by Pat Taylor on 3 March 2026" }),
    ).toBeVisible();
  });

  test("a file of a type that is not allowed (415) is refused with the server's message", async () => {
    const user = userEvent.setup();
    const message =
      "The selected file must be a PDF, a Word document (DOCX), a photo (JPEG, PNG, GIF, WebP or HEIC) or a video (MP4, MOV or WebM)";
    renderApp(
      "/cases/case-1/documents/new?section=parent_views",
      server(SENCO, {
        extra: {
          "POST /api/v1/cases/case-1/documents": () =>
            fileRefused(415, "file_type_not_allowed", message),
        },
      }),
    );
    const input = await screen.findByLabelText("Upload a file", {}, ARRIVAL);
    expect(screen.getByTestId("on-behalf")).toHaveTextContent(
      "You are adding this on the family's behalf. This will be recorded.",
    );
    await user.upload(input, aFile("not-really.jpg", "image/jpeg", "MZ"));
    await user.click(screen.getByRole("button", { name: "Upload file" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute("href", "#file");
    expect(input).toHaveAccessibleDescription(
      new RegExp(`Error: ${message.replace(/[()]/g, "\\$&")}`),
    );
    expect(document.title).toMatch(/^Error: /);
  });

  test("without a file chosen, nothing is sent", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(
      "/cases/case-1/documents/new?section=evidence",
      server(COORDINATOR),
    );
    expect(
      await screen.findByRole("heading", { level: 1, name: "Add a document to the case" }, ARRIVAL),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Select a file");
    expect(requests.some((r) => r.method === "POST")).toBe(false);
  });

  test("a file too large (413) shows the limit the server gives", async () => {
    const user = userEvent.setup();
    renderApp(
      "/cases/case-1/documents/new?section=evidence",
      server(COORDINATOR, {
        extra: {
          "POST /api/v1/cases/case-1/documents": () =>
            fileRefused(413, "too_large", "A video must be smaller than 100 MB"),
        },
      }),
    );
    const input = await screen.findByLabelText("Upload a file", {}, ARRIVAL);
    await user.upload(input, aFile("party.mp4", "video/mp4"));
    await user.click(screen.getByRole("button", { name: "Upload file" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "A video must be smaller than 100 MB",
    );
  });
});

describe("the case file", { timeout: 20_000 }, () => {
  test("links to the views and lists the evidence with a way to add a document", async () => {
    renderApp(
      "/cases/case-1",
      server(COORDINATOR, {
        caseViews: WRITTEN,
        documents: [
          photoBody(),
          documentBody(),
          documentBody({ id: "d-request", section: "request", file_name: "ep-report.pdf" }),
        ],
      }),
    );
    const viewsSection = await screen.findByTestId("views", {}, ARRIVAL);
    expect(
      await within(viewsSection).findByText(
        "Written by Sam Patel on the family's behalf on 3 March 2026",
      ),
    ).toBeVisible();
    expect(within(viewsSection).getByText("Not written yet")).toBeVisible();
    expect(
      within(viewsSection).getByRole("link", { name: "Read, write or add photos to the views" }),
    ).toHaveAttribute("href", "/cases/case-1/views");

    const documents = screen.getByTestId("documents");
    await within(documents).findByRole("link", { name: "speech-therapy-report.pdf" });
    expect(within(documents).getByRole("link", { name: "ep-report.pdf" })).toBeVisible();
    expect(
      within(documents).getByText(
        /Added by Sam Patel on 3 March 2026, with the request for assessment/,
      ),
    ).toBeVisible();
    // The views' photos are on the views page, not here.
    expect(within(documents).queryByText("beach.jpg")).not.toBeInTheDocument();
    expect(within(documents).getByRole("link", { name: "Add a document" })).toHaveAttribute(
      "href",
      "/cases/case-1/documents/new?section=evidence",
    );
  });

  test("a contributor is not offered to add a document", async () => {
    renderApp("/cases/case-1", server(CONTRIBUTOR, { documents: [documentBody()] }));
    const documents = await screen.findByTestId("documents", {}, ARRIVAL);
    await within(documents).findByRole("link", { name: "speech-therapy-report.pdf" });
    expect(
      within(documents).queryByRole("link", { name: "Add a document" }),
    ).not.toBeInTheDocument();
  });
});
