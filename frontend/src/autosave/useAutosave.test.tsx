// The autosave every draft form shares, told as stories of someone typing
// notes: saved once the typing pauses, "Saved at" shown, someone else's save
// never overwritten and the words typed kept, a lost connection tried again,
// and nothing left unsaved on hiding or leaving the page.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Problem } from "../api/problem";
import { formatTime } from "../app/format";
import { AutosaveConflict } from "./AutosaveConflict";
import { AutosaveLine } from "./AutosaveLine";
import { saveOutcome } from "./saveOutcome";
import { AUTOSAVE_DELAY_MS, AUTOSAVE_RETRY_MS, useAutosave, type SaveOutcome } from "./useAutosave";

/** The notes as the server keeps them. */
interface Notes {
  text: string;
  version: number;
  updated_at: string;
}

const READ_AT = "2026-03-02T09:00:00Z";
const SAVED_AT = "2026-03-03T10:42:00Z";

/** A stand-in server for the notes, answering as the typed client would. */
function notesServer(version = 3) {
  const server = {
    held: { text: "", version, updated_at: READ_AT },
    saves: [] as { text: string; ifMatch: string }[],
    /** Every save tried, reaching the server or not. */
    attempts: 0,
    /** The connection is down: a save throws, as fetch does. */
    offline: false,
    /** What the next save is refused with, instead of saving. */
    refuse: null as Problem | null,
    /** Someone else saves the notes. */
    saveElsewhere(text: string) {
      server.held = { text, version: server.held.version + 1, updated_at: SAVED_AT };
    },
    save: async (text: string, ifMatch: string): Promise<SaveOutcome<Notes>> => {
      server.attempts += 1;
      await Promise.resolve();
      if (server.offline) throw new TypeError("Failed to fetch");
      server.saves.push({ text, ifMatch });
      const answer = (status: number, error: Problem) => ({
        error,
        response: new Response(null, { status }),
      });
      const refusal = server.refuse;
      server.refuse = null;
      if (refusal) return saveOutcome(answer(refusal.status, refusal), () => undefined);
      if (ifMatch !== `"${server.held.version}"`) {
        return saveOutcome(
          answer(412, { type: "about:blank", title: "Precondition Failed", status: 412 }),
          () => undefined,
        );
      }
      server.held = { text, version: server.held.version + 1, updated_at: SAVED_AT };
      return saveOutcome(
        { data: server.held, response: new Response(null, { status: 200 }) },
        () => undefined,
      );
    },
  };
  return server;
}

/** A page with one box of notes, autosaved. */
function NotesPage({ server }: { server: ReturnType<typeof notesServer> }) {
  const [text, setText] = useState(server.held.text);
  const autosave = useAutosave<string, Notes>({
    initial: server.held.text,
    version: server.held.version,
    savedAt: server.held.updated_at,
    save: server.save,
    versionOf: (notes) => notes.version,
    savedAtOf: (notes) => notes.updated_at,
  });
  return (
    <>
      {autosave.status.state === "conflict" ? (
        <AutosaveConflict
          title="Someone else has saved these notes"
          reloadLabel="Reload the notes"
          onReload={() => undefined}
        >
          <p>Your words are still below.</p>
        </AutosaveConflict>
      ) : null}
      <AutosaveLine status={autosave.status} savedAt={autosave.savedAt} what="these notes" />
      <label htmlFor="notes">Notes</label>
      <textarea
        id="notes"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          autosave.change(event.target.value);
        }}
        onBlur={() => void autosave.flush()}
      />
    </>
  );
}

async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/**
 * Typing and leaving the box, as the browser tells React of them. (user-event
 * waits on timers between keys, and these tests hold the clock still.)
 */
function person(notes: HTMLElement) {
  const box = notes as HTMLTextAreaElement;
  return {
    type: (text: string) => fireEvent.change(box, { target: { value: box.value + text } }),
    backspace: () => fireEvent.change(box, { target: { value: box.value.slice(0, -1) } }),
    leave: () => fireEvent.focusOut(box),
  };
}

function setUp(server = notesServer()) {
  const view = render(<NotesPage server={server} />);
  const notes = screen.getByRole("textbox", { name: "Notes" });
  const status = screen.getByTestId("autosave-status");
  return { writer: person(notes), view, notes, status, server };
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
  document.dispatchEvent(new Event("visibilitychange"));
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  setVisibility("visible");
});

describe("autosave", () => {
  test("what is typed is saved once the typing pauses, against the version read, and says when", async () => {
    const { writer, status, server } = setUp();
    expect(status).toHaveAttribute("role", "status");
    expect(status).toHaveTextContent(`Saved at ${formatTime(READ_AT)}`);

    writer.type("Likes trains");
    await advance(AUTOSAVE_DELAY_MS - 100);
    expect(server.saves).toHaveLength(0);
    // Shown, but not read out at every pause.
    expect(screen.getByText("Saving…")).toHaveAttribute("aria-hidden", "true");

    await advance(100);
    expect(server.saves).toEqual([{ text: "Likes trains", ifMatch: '"3"' }]);
    expect(status.textContent).toBe(`Saved at ${formatTime(SAVED_AT)}`);
    expect(screen.queryByText("Saving…")).not.toBeInTheDocument();

    // The next save names the version the last one returned.
    writer.type(" and buses");
    await advance(AUTOSAVE_DELAY_MS);
    expect(server.saves[1]).toEqual({ text: "Likes trains and buses", ifMatch: '"4"' });
  });

  test("typing back to what is saved saves nothing and is not left 'saving'", async () => {
    const { writer, status, server } = setUp();
    writer.type("x");
    writer.backspace();
    await advance(AUTOSAVE_DELAY_MS);
    expect(server.saves).toHaveLength(0);
    expect(status).toHaveTextContent(`Saved at ${formatTime(READ_AT)}`);
    expect(screen.queryByText("Saving…")).not.toBeInTheDocument();
  });

  test("when someone else saved first (412) nothing more is sent and the words typed stay", async () => {
    const { writer, notes, status, server } = setUp();
    server.saveElsewhere("Their words");

    writer.type("My words");
    await advance(AUTOSAVE_DELAY_MS);
    expect(screen.getByRole("alert")).toHaveTextContent("Someone else has saved these notes");
    expect(status).toHaveTextContent("Not saved: someone else has saved these notes.");
    expect(notes).toHaveValue("My words");
    expect(server.held.text).toBe("Their words");

    // Typing on, leaving the box, and waiting: their work is never overwritten.
    writer.type(" and more");
    writer.leave();
    await advance(AUTOSAVE_RETRY_MS);
    expect(server.saves).toHaveLength(1);
    expect(notes).toHaveValue("My words and more");
    expect(server.held.text).toBe("Their words");
  });

  test("a save that cannot reach the server is tried again until it lands", async () => {
    const { writer, status, server } = setUp();
    server.offline = true;
    writer.type("Likes trains");
    await advance(AUTOSAVE_DELAY_MS);
    expect(status).toHaveTextContent(
      "Not saved yet: the service could not be reached. We will keep trying.",
    );

    await advance(AUTOSAVE_RETRY_MS);
    expect(server.saves).toHaveLength(0);

    server.offline = false;
    await advance(AUTOSAVE_RETRY_MS);
    expect(server.saves).toEqual([{ text: "Likes trains", ifMatch: '"3"' }]);
    expect(status).toHaveTextContent(`Saved at ${formatTime(SAVED_AT)}`);
  });

  test("a value the server refuses is explained, and tried again once it is changed", async () => {
    const { writer, status, server } = setUp();
    server.refuse = {
      type: "about:blank",
      title: "Some of the information is not valid",
      status: 422,
      errors: [{ field: "text", code: "too_long", message: "Notes must be shorter" }],
    };
    writer.type("Far too long");
    await advance(AUTOSAVE_DELAY_MS);
    expect(status).toHaveTextContent("Not saved: Notes must be shorter");
    await advance(AUTOSAVE_RETRY_MS);
    expect(server.saves).toHaveLength(1);

    writer.backspace();
    await advance(AUTOSAVE_DELAY_MS);
    expect(server.saves[1]).toEqual({ text: "Far too lon", ifMatch: '"3"' });
    expect(status).toHaveTextContent(`Saved at ${formatTime(SAVED_AT)}`);
  });

  test("leaving the box, hiding the page and leaving the page each save at once", async () => {
    const { writer, view, server } = setUp();
    writer.type("One");
    writer.leave();
    await advance(0);
    expect(server.saves.map((s) => s.text)).toEqual(["One"]);

    writer.type(", two");
    setVisibility("hidden");
    await advance(0);
    expect(server.saves.map((s) => s.text)).toEqual(["One", "One, two"]);

    // Leaving the page.
    writer.type(", three");
    view.unmount();
    await advance(0);
    expect(server.saves.map((s) => s.text)).toEqual(["One", "One, two", "One, two, three"]);
  });

  test("a save on leaving that cannot reach the server is not tried again in the background", async () => {
    // Once the page has gone, someone else may sign in on the same computer.
    const { writer, view, server } = setUp();
    server.offline = true;
    writer.type("Likes trains");
    view.unmount();
    await advance(0);
    expect(server.attempts).toBe(1);
    await advance(AUTOSAVE_RETRY_MS * 3);
    expect(server.attempts).toBe(1);
  });
});
