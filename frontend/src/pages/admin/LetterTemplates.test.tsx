import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test, vi } from "vitest";
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };

const admin = () => ({
  ...demoMe(new Date(Date.now() + 30 * 60_000)),
  email: "admin2@example.org",
  display_name: "Kit Lawson",
  role: "administrator",
  role_label: "Administrator",
});

interface Wording {
  title: string;
  body: string;
}

const DEFAULT: Wording = {
  title: "Decision not to carry out an EHC needs assessment",
  body: "Dear parent or carer,\n\n## ((child_name))\nCase reference ((case_reference))\n\n((reasons))",
};

const PLACEHOLDERS = ["la_name", "case_reference", "child_name", "reasons"];

function notToAssess(wording: Wording = DEFAULT) {
  return {
    key: "decision_not_to_assess",
    name: "Decision not to assess",
    placeholders: PLACEHOLDERS,
    default_wording: DEFAULT,
    wording,
    customised: wording !== DEFAULT,
  };
}

const frontPage = {
  key: "plan_front_page",
  name: "EHC plan front page",
  placeholders: ["la_name", "child_name"],
  default_wording: {
    title: "Education, Health and Care plan",
    body: "This plan is ((child_name))'s.",
  },
  wording: { title: "Education, Health and Care plan", body: "This plan is ((child_name))'s." },
  customised: false,
};

const EXAMPLES: Record<string, string> = {
  la_name: "Exampleshire County Council",
  case_reference: "EHC-2026-000042",
  child_name: "Sam Example",
  reasons: "Sam is making good progress.",
};

const unknownPlaceholder = (field: string, name: string) =>
  problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "Some of the information is not valid",
    status: 422,
    errors: [
      {
        field,
        code: "invalid_wording",
        message: `'((${name}))' is not a value this letter may use`,
      },
    ],
  });

async function bodyOf(request: Request): Promise<Wording> {
  return JSON.parse(await request.clone().text()) as Wording;
}

/** Headings, paragraphs and lists, as the server splits a letter's wording. */
function blocksOf(body: string) {
  return body.split(/\n\s*\n/).flatMap((chunk) => {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    const out: unknown[] = [];
    let text: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (text.length) out.push({ kind: "paragraph", text: text.join("\n") });
      if (items.length) out.push({ kind: "bullets", items });
      text = [];
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith("## ")) {
        flush();
        out.push({ kind: "heading", text: line.slice(3) });
      } else if (line.startsWith("- ")) {
        if (text.length) flush();
        items.push(line.slice(2));
      } else {
        if (items.length) flush();
        text.push(line);
      }
    }
    flush();
    return out;
  });
}

/** A server like the real one: it refuses values a letter may not use and fills in examples. */
function letterServer(start: Wording = DEFAULT) {
  let current = notToAssess(start);
  const check = (wording: Wording) => {
    for (const field of ["title", "body"] as const) {
      const text = wording[field];
      for (const [, name] of text.matchAll(/\(\(([a-z_]+)\)\)/g)) {
        if (!PLACEHOLDERS.includes(name!)) return unknownPlaceholder(field, name!);
      }
    }
    return null;
  };
  const fill = (text: string) => text.replace(/\(\(([a-z_]+)\)\)/g, (_, n: string) => EXAMPLES[n]!);
  const handlers: Record<string, Handler> = {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(admin()),
    "GET /api/v1/auth/session": () => json(admin().session),
    "GET /api/v1/admin/letter-templates": () => json({ items: [current, frontPage] }),
    "POST /api/v1/admin/letter-templates/decision_not_to_assess/preview": async (request) => {
      const wording = await bodyOf(request);
      return (
        check(wording) ?? json({ title: fill(wording.title), blocks: blocksOf(fill(wording.body)) })
      );
    },
    "POST /api/v1/admin/letter-templates/decision_not_to_assess/preview/pdf": async (request) => {
      const wording = await bodyOf(request);
      return (
        check(wording) ??
        new Response("%PDF-1.7 preview", {
          status: 200,
          headers: {
            "Content-Type": "application/pdf",
            "Content-Disposition": 'attachment; filename="preview-decision_not_to_assess.pdf"',
          },
        })
      );
    },
    "PUT /api/v1/admin/letter-templates/decision_not_to_assess": async (request) => {
      const wording = await bodyOf(request);
      const refused = check(wording);
      if (refused) return refused;
      current = notToAssess(wording);
      return json(current);
    },
    "DELETE /api/v1/admin/letter-templates/decision_not_to_assess": () => {
      current = notToAssess();
      return json(current);
    },
  };
  return handlers;
}

const EDIT = "/admin/letter-templates/decision_not_to_assess";

describe("letter wording", { timeout: 20_000 }, () => {
  test("lists every letter, whether its wording is changed, and a link to change it", async () => {
    renderApp("/admin/letter-templates", letterServer({ ...DEFAULT, title: "Our decision" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Letter wording" }, ARRIVAL),
    ).toBeVisible();
    const list = await screen.findByTestId("letter-templates");
    const rows = within(list).getAllByRole("term");
    expect(rows.map((row) => row.textContent)).toEqual([
      "Decision not to assess",
      "EHC plan front page",
    ]);
    expect(within(list).getByText("Our decision")).toBeVisible();
    expect(within(list).getByText("Customised")).toHaveClass("govuk-tag", "govuk-tag--blue");
    expect(within(list).getByText("Default wording")).toHaveClass("govuk-tag");
    expect(
      within(list).getByRole("link", { name: /^Change ?the wording of Decision not to assess$/ }),
    ).toHaveAttribute("href", EDIT);
    const nav = screen.getByRole("navigation", { name: "Administration" });
    expect(within(nav).getByRole("link", { name: "Letter wording" })).toHaveAttribute(
      "href",
      "/admin/letter-templates",
    );
  });

  test("the preview shows the letter's headings, paragraphs and lists with example values", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(EDIT, letterServer());
    expect(
      await screen.findByRole("heading", { level: 1, name: /Decision not to assess/ }, ARRIVAL),
    ).toBeVisible();
    // The hint names every value the letter may use and how to lay it out.
    const values = screen.getByRole("list", { name: "Values this letter may use" });
    expect(within(values).getAllByRole("listitem")).toHaveLength(4);
    expect(values).toHaveTextContent("((reasons)) – why the local authority decided as it did");
    const body = screen.getByLabelText("Body");
    expect(body).toHaveAccessibleDescription(/A line starting “## ” is a heading/);
    expect(screen.getByLabelText("Title")).toHaveValue(DEFAULT.title);
    expect(screen.queryByRole("region", { name: "Preview" })).not.toBeInTheDocument();

    await user.clear(body);
    await user.click(body);
    await user.paste(
      "Dear parent or carer,\nabout ((child_name)).\n\n## Why we decided this\n\n((reasons))\n\n- Talk to us\n- Ask for mediation",
    );
    await user.click(screen.getByRole("button", { name: "Preview" }));

    const preview = await screen.findByRole("region", { name: "Preview" });
    expect(within(preview).getByText(DEFAULT.title)).toBeVisible();
    expect(within(preview).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Why we decided this",
    );
    const opening = within(preview).getByText(/Dear parent or carer/);
    expect(opening.tagName).toBe("P");
    expect(opening.textContent).toBe("Dear parent or carer,\nabout Sam Example.");
    expect(opening).toHaveClass("app-letter-preview__paragraph");
    expect(within(preview).getByText("Sam is making good progress.")).toBeVisible();
    const bullets = within(preview).getByRole("list");
    expect(bullets).toHaveClass("govuk-list--bullet");
    expect(
      within(bullets)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Talk to us", "Ask for mediation"]);
    // Previewing saves nothing.
    expect(requests.some((r) => r.method === "PUT")).toBe(false);

    // Changed since the preview: it says so.
    await user.type(screen.getByLabelText("Title"), " today");
    expect(screen.getByText(/You have changed the wording since this preview/)).toBeVisible();
  });

  test("the preview as a PDF is handed to the browser to open or save", async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const downloads: string[] = [];
    Object.defineProperty(URL, "createObjectURL", {
      configurable: true,
      value: (blob: Blob) => {
        created.push(blob);
        return "blob:http://ehc-hub.test/preview";
      },
    });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    try {
      const { requests } = renderApp(EDIT, letterServer());
      await user.click(await screen.findByRole("button", { name: "Preview as PDF" }, ARRIVAL));
      await waitFor(() =>
        expect(downloads).toEqual([
          "preview-decision_not_to_assess.pdf blob:http://ehc-hub.test/preview",
        ]),
      );
      expect(created).toHaveLength(1);
      expect(await created[0]!.text()).toBe("%PDF-1.7 preview");
      const asked = requests.find((r) => r.url.endsWith("/preview/pdf"))!;
      expect(asked.method).toBe("POST");
      expect(await bodyOf(asked)).toEqual(DEFAULT);
    } finally {
      Reflect.deleteProperty(URL, "createObjectURL");
      Reflect.deleteProperty(URL, "revokeObjectURL");
    }
  });

  test("a value the letter may not use is named in the error summary and beside the body", async () => {
    const user = userEvent.setup();
    const { router, requests } = renderApp(EDIT, letterServer());
    const body = await screen.findByLabelText("Body", {}, ARRIVAL);
    await user.click(body);
    await user.paste("\n\nYour school is ((school_name)).");

    // The preview is refused the same way.
    await user.click(screen.getByRole("button", { name: "Preview" }));
    let summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "'((school_name))' is not a value this letter may use",
      }),
    ).toHaveAttribute("href", "#body");
    expect(screen.queryByRole("region", { name: "Preview" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Save wording" }));
    summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "'((school_name))' is not a value this letter may use",
      }),
    ).toHaveAttribute("href", "#body");
    expect(screen.getByLabelText("Body")).toHaveAccessibleDescription(
      /Error: '\(\(school_name\)\)' is not a value this letter may use/,
    );
    expect(screen.getByLabelText("Title")).not.toHaveAccessibleDescription(/Error/);
    expect(document.title).toMatch(/^Error: /);
    expect(router.state.location.pathname).toBe(EDIT);

    // Put right, it saves and says when it applies.
    await user.clear(screen.getByLabelText("Body"));
    await user.click(screen.getByLabelText("Body"));
    await user.paste("Dear parent or carer,\n\n((reasons))");
    await user.click(screen.getByRole("button", { name: "Save wording" }));
    expect(
      await screen.findByText("Wording saved. It applies from the next letter printed."),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/admin/letter-templates");
    expect(await screen.findByText("Customised")).toBeVisible();
    const put = requests.filter((r) => r.method === "PUT").at(-1)!;
    expect(await bodyOf(put)).toEqual({
      title: DEFAULT.title,
      body: "Dear parent or carer,\n\n((reasons))",
    });
  });

  test("an empty title is caught before asking the server", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(EDIT, letterServer());
    await user.clear(await screen.findByLabelText("Title", {}, ARRIVAL));
    await user.click(screen.getByRole("button", { name: "Save wording" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter the letter's title" })).toHaveAttribute(
      "href",
      "#title",
    );
    expect(requests.some((r) => r.method === "PUT")).toBe(false);
  });

  test("a changed letter can go back to its default wording, after asking", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp(EDIT, letterServer({ ...DEFAULT, title: "Our decision" }));
    expect(await screen.findByLabelText("Title", {}, ARRIVAL)).toHaveValue("Our decision");
    await user.click(screen.getByRole("button", { name: "Go back to the default wording" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you sure you want to go back to the default wording of “Decision not to assess”?",
      }),
    ).toBeVisible();
    expect(screen.getByText(DEFAULT.title)).toBeVisible();
    expect(requests.some((r) => r.method === "DELETE")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Yes, go back to the default wording" }));
    expect(
      await screen.findByText("“Decision not to assess” is back to its default wording."),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText("Customised")).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === "DELETE")).toHaveLength(1);

    // Back at the default, there is nothing to go back to.
    await user.click(
      screen.getByRole("link", { name: /^Change ?the wording of Decision not to assess$/ }),
    );
    expect(await screen.findByLabelText("Title")).toHaveValue(DEFAULT.title);
    expect(
      screen.queryByRole("button", { name: "Go back to the default wording" }),
    ).not.toBeInTheDocument();
  });
});
