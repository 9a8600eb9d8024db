import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { problem } from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";
import { emptyContent } from "./fields";
import {
  adviceRequest,
  adviceServer,
  asPriya,
  completeContent,
  LEE,
  saveElsewhere,
} from "./testServer";

/** The first look at a page waits for its chunk, which can be slow on a busy machine. */
const ARRIVAL = { timeout: 5000 };
/** Long enough for the autosave's pause (1.5 seconds) and the save itself. */
const AUTOSAVE = { timeout: 5000 };

/** A link that downloads the advice of request `id` as a PDF (saved, not opened). */
function expectPdfLink(name: string, id: string) {
  const link = screen.getByRole("link", { name });
  expect(link).toHaveAttribute("href", `/api/v1/advice-requests/${id}/response/pdf`);
  expect(link).toHaveAttribute("download");
}

describe("writing advice", { timeout: 30_000 }, () => {
  test("what is typed is saved once, about 1.5 seconds after the typing stops, with If-Match", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    renderApp("/advice-requests/r-priya/background", world.handlers);
    const firstContact = await screen.findByRole(
      "textbox",
      {
        name: "When did the child or young person first come into contact with your organisation?",
      },
      ARRIVAL,
    );
    await user.type(firstContact, "March 2024");
    expect(world.saves).toHaveLength(0);
    await waitFor(() => expect(world.saves).toHaveLength(1), AUTOSAVE);
    expect(world.saves[0]!.ifMatch).toBe('"3"');
    expect(world.saves[0]!.body.background.first_contact).toBe("March 2024");
    expect(await screen.findByRole("status", {}, AUTOSAVE)).toHaveTextContent(/^Saved at \d/);

    // The next save names the version the first one made.
    await user.type(firstContact, ", by the GP");
    await waitFor(() => expect(world.saves).toHaveLength(2), AUTOSAVE);
    expect(world.saves[1]!.ifMatch).toBe('"4"');
    expect(world.contents.get("r-priya")!.background.first_contact).toBe("March 2024, by the GP");
  });

  test("outcomes and steps are added and removed, and the area is saved as it is on screen", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    renderApp("/advice-requests/r-priya/areas/health", world.handlers);
    expect(await screen.findByRole("heading", { level: 1, name: "Health" }, ARRIVAL)).toBeVisible();
    expect(screen.getByText("There are no outcomes for this area yet.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Add an outcome" }));
    const outcome = screen.getByRole("textbox", { name: "Describe outcome 1" });
    expect(outcome).toHaveFocus();
    await user.type(outcome, "Lucy will walk to school with her friends");
    await user.click(screen.getByRole("checkbox", { name: "Independent living" }));

    await user.click(screen.getByRole("button", { name: /^Add a step ?to outcome 1$/ }));
    expect(screen.getByRole("textbox", { name: "Step 1" })).toHaveFocus();
    await user.type(screen.getByRole("textbox", { name: "Step 1" }), "Walk with a frame");
    await user.click(screen.getByRole("button", { name: /^Add a step ?to outcome 1$/ }));
    await user.type(screen.getByRole("textbox", { name: "Step 2" }), "Walk on her own");
    const date = screen.getByRole("group", { name: "Date to achieve step 2 by (optional)" });
    await user.type(within(date).getByRole("textbox", { name: "Day" }), "27");
    await user.type(within(date).getByRole("textbox", { name: "Month" }), "3");
    await user.type(within(date).getByRole("textbox", { name: "Year" }), "2027");

    await user.click(screen.getByRole("button", { name: /^Add provision ?to outcome 1$/ }));
    await user.type(
      screen.getByRole("textbox", { name: "Provision 1" }),
      "Physiotherapy once a week",
    );

    // Removing the first step: the second takes its place, its date with it.
    await user.click(screen.getByRole("button", { name: /^Remove step 1 ?of outcome 1$/ }));
    expect(screen.getByRole("textbox", { name: "Step 1" })).toHaveValue("Walk on her own");
    expect(screen.queryByRole("textbox", { name: "Step 2" })).not.toBeInTheDocument();
    const moved = screen.getByRole("group", { name: "Date to achieve step 1 by (optional)" });
    expect(within(moved).getByRole("textbox", { name: "Day" })).toHaveValue("27");
    expect(within(moved).getByRole("textbox", { name: "Year" })).toHaveValue("2027");
    expect(screen.getByText("Step 1 of outcome 1 removed.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Add a step ?to outcome 1$/ })).toHaveFocus();

    // A second outcome, then the first one removed.
    await user.click(screen.getByRole("button", { name: "Add another outcome" }));
    await user.type(
      screen.getByRole("textbox", { name: "Describe outcome 2" }),
      "Lucy will join a swimming club",
    );
    await user.click(screen.getByRole("button", { name: "Remove outcome 1" }));
    expect(screen.getByRole("textbox", { name: "Describe outcome 1" })).toHaveValue(
      "Lucy will join a swimming club",
    );
    expect(screen.queryByRole("textbox", { name: "Describe outcome 2" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add another outcome" }));
    await user.type(screen.getByRole("textbox", { name: "Describe outcome 2" }), "Lucy will cook");

    await waitFor(
      () =>
        expect(world.contents.get("r-priya")!.areas.health.outcomes).toEqual([
          { description: "Lucy will join a swimming club", pfa: [], steps: [], provisions: [] },
          { description: "Lucy will cook", pfa: [], steps: [], provisions: [] },
        ]),
      AUTOSAVE,
    );
    // Every save was based on the version the one before it made: nothing was overwritten.
    expect(world.saves.map((s) => s.ifMatch)).toEqual(world.saves.map((_, i) => `"${3 + i}"`));
  });

  test("the outcome's steps, dates and provision reach the server", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    renderApp("/advice-requests/r-priya/areas/sensory-and-physical", world.handlers);
    await user.click(await screen.findByRole("button", { name: "Add an outcome" }, ARRIVAL));
    await user.type(screen.getByRole("textbox", { name: "Describe outcome 1" }), "Walk to school");
    await user.click(screen.getByRole("checkbox", { name: "Community inclusion" }));
    await user.click(screen.getByRole("button", { name: /^Add a step ?to outcome 1$/ }));
    await user.type(screen.getByRole("textbox", { name: "Step 1" }), "Walk with a frame");
    const date = screen.getByRole("group", { name: "Date to achieve step 1 by (optional)" });
    await user.type(within(date).getByRole("textbox", { name: "Day" }), "1");
    await user.type(within(date).getByRole("textbox", { name: "Month" }), "9");
    await user.type(within(date).getByRole("textbox", { name: "Year" }), "2027");
    await user.click(screen.getByRole("button", { name: /^Add provision ?to outcome 1$/ }));
    await user.type(screen.getByRole("textbox", { name: "Provision 1" }), "Physio weekly");
    await waitFor(
      () =>
        expect(world.contents.get("r-priya")!.areas.sensory_and_physical.outcomes).toEqual([
          {
            description: "Walk to school",
            pfa: ["community_inclusion"],
            steps: [{ text: "Walk with a frame", target_date: "2027-09-01" }],
            provisions: [{ description: "Physio weekly" }],
          },
        ]),
      AUTOSAVE,
    );
  });

  test("when someone else saved in the meantime, nothing is overwritten and a reload is offered", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()]);
    renderApp("/advice-requests/r-priya/background", world.handlers);
    const field = await screen.findByRole(
      "textbox",
      { name: /^What has your organisation put in place already/ },
      ARRIVAL,
    );
    const theirs = emptyContent();
    theirs.background.support_in_place = "Their words";
    saveElsewhere(world, "r-priya", theirs);

    await user.type(field, "My words");
    const alert = await screen.findByRole("alert", {}, AUTOSAVE);
    expect(alert).toHaveTextContent("Someone else has saved this advice");
    expect(alert).toHaveTextContent("your latest changes have not been saved");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Not saved: someone else has saved this advice.",
    );
    expect(world.contents.get("r-priya")!.background.support_in_place).toBe("Their words");
    expect(world.saves).toHaveLength(1);

    // Typing on does not try again over their work.
    await user.type(field, " and more");
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(world.saves).toHaveLength(1);

    await user.click(within(alert).getByRole("button", { name: "Reload the advice" }));
    await waitFor(() =>
      expect(
        screen.getByRole("textbox", { name: /^What has your organisation put in place already/ }),
      ).toHaveValue("Their words"),
    );
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  test("submitting needs a confirmation, then sends If-Match and an Idempotency-Key", async () => {
    const user = userEvent.setup();
    const world = adviceServer(asPriya(), [adviceRequest()], { "r-priya": completeContent() });
    const { router } = renderApp("/advice-requests/r-priya", world.handlers);
    await user.click(
      await screen.findByRole("link", { name: /^Check your answers and submit/ }, ARRIVAL),
    );
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Check your advice before you submit it",
      }),
    ).toBeVisible();
    expect(screen.getByText("Referred by the GP in March 2024")).toBeVisible();
    expectPdfLink("Download your advice as a PDF", "r-priya");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Are you ready to submit your advice?",
      }),
    ).toBeVisible();
    expect(
      screen.getByText("You will not be able to change your advice after you submit it."),
    ).toBeVisible();
    expect(world.submits).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Submit advice" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Advice submitted" }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/advice-requests/r-priya/submitted");
    expectPdfLink("Download your advice as a PDF", "r-priya");
    expect(world.submits).toHaveLength(1);
    expect(world.submits[0]!.ifMatch).toBe('"3"');
    expect(world.submits[0]!.key).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(world.requests.get("r-priya")!.state).toBe("submitted");
  });

  test("missing answers the server names on submit are listed, each linking to its own field", async () => {
    const user = userEvent.setup();
    const content = completeContent();
    content.background.first_contact = "";
    content.areas.health = {
      strengths: "",
      needs: "Walking is hard",
      outcomes: [
        {
          description: "Walk to school",
          pfa: [],
          steps: [
            { text: "Walk with a frame", target_date: null },
            { text: "", target_date: "2027-03-27" },
          ],
          provisions: [],
        },
      ],
    };
    const world = adviceServer(asPriya(), [adviceRequest()], { "r-priya": content });
    world.refuseSubmit = problem({
      type: "https://ehc-hub.example/problems/validation",
      title: "Some answers are not valid",
      status: 422,
      errors: [
        {
          field: "background.first_contact",
          code: "required",
          message:
            "Enter when the child or young person first came into contact with your organisation",
        },
        {
          field: "areas.health.outcomes[0].steps[1].text",
          code: "required",
          message: "Describe the step or remove it",
        },
      ],
    });
    const { router } = renderApp("/advice-requests/r-priya/confirm", world.handlers);
    await user.click(await screen.findByRole("button", { name: "Submit advice" }, ARRIVAL));

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("You cannot submit your advice yet");
    expect(router.state.location.pathname).toBe("/advice-requests/r-priya/check");
    expect(
      within(summary).getByRole("link", {
        name: "Enter when the child or young person first came into contact with your organisation",
      }),
    ).toHaveAttribute("href", "/advice-requests/r-priya/background#background-first_contact");
    await user.click(within(summary).getByRole("link", { name: "Describe the step or remove it" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Health" })).toBeVisible();
    const step = screen.getByRole("textbox", { name: "Step 2" });
    await waitFor(() => expect(step).toHaveFocus());
    expect(step).toHaveAccessibleDescription("Error: Describe the step or remove it");
    expect(step).toHaveAttribute("id", "areas-health-outcomes-0-steps-1-text");
    // The section's own summary lists only its own problem.
    expect(screen.getByRole("alert")).not.toHaveTextContent("first came into contact");

    // Answering it clears its message.
    await user.type(step, "Walk on her own");
    expect(step).not.toHaveAccessibleDescription(/Error/);
  });
});

describe("the request page", { timeout: 20_000 }, () => {
  test("shows the dates, the note and the template as a task list; other advice waits for yours", async () => {
    const world = adviceServer(asPriya(), [adviceRequest()]);
    const { requests } = renderApp("/advice-requests/r-priya", world.handlers);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Request for advice" }, ARRIVAL),
    ).toBeVisible();
    expect(screen.getByText("30 November 2026")).toBeVisible();
    expect(screen.getByText(/^11 January 2027/)).toBeVisible();
    expect(screen.getByText("Please focus on communication in the classroom.")).toBeVisible();
    expect(screen.getByRole("link", { name: /^Background/ })).toHaveAccessibleDescription(
      "Not started",
    );
    expect(
      screen.getByRole("link", { name: /^Communication and interaction/ }),
    ).toHaveAccessibleDescription("Not an area of need");
    expect(screen.getByText("Cannot start yet")).toBeVisible();
    // The draft, as it stands, as a PDF to keep or print.
    expectPdfLink("Download your advice as a PDF", "r-priya");
    expect(
      screen.getByText("You can read other advice once you have submitted yours."),
    ).toBeVisible();
    expect(screen.queryByRole("link", { name: /Advice from/ })).not.toBeInTheDocument();
    const paths = requests.map((r) => new URL(r.url).pathname);
    expect(paths).not.toContain(
      "/api/v1/cases/c0000000-0000-4000-8000-000000000001/advice-requests",
    );
  });

  test("once yours is submitted, the other submitted advice can be read", async () => {
    const user = userEvent.setup();
    const mine = adviceRequest({
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
    });
    const lees = adviceRequest({
      id: "r-lee",
      recipient: { kind: "person", id: LEE, name: "Lee Chen" },
      state: "submitted",
      state_label: "Submitted",
      completed_on: "2026-12-10",
      you_may: { ...mine.you_may },
    });
    const theirContent = completeContent();
    theirContent.areas.health.needs = "Lee's view of the needs";
    const world = adviceServer(asPriya(), [mine, lees], { "r-lee": theirContent });
    renderApp("/advice-requests/r-priya", world.handlers);
    expect(
      await screen.findByText(/You submitted your advice on 14 December 2026/, {}, ARRIVAL),
    ).toBeVisible();
    expectPdfLink("Download your advice as a PDF", "r-priya");
    await user.click(await screen.findByRole("link", { name: "Advice from Lee Chen" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Advice from Lee Chen" }),
    ).toBeVisible();
    expect(screen.getByText("Lee's view of the needs")).toBeVisible();
    expectPdfLink("Download this advice as a PDF", "r-lee");
    expect(
      screen.queryByRole("link", { name: "Download your advice as a PDF" }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });
});
