// Autosave of one record being written (a draft request, advice, views): each
// change is saved 1.5 seconds after the typing pauses, and at once when the
// page calls `flush` (a field losing focus, "Save and return"), when the page
// is hidden (a phone switching app, a tab closed) and when the page is left.
// Each save keeps the session alive, so the time-out warning only comes once
// everything typed has been saved. See engine.ts for If-Match, conflicts and
// retries.
import { useEffect, useState } from "react";
import { AutosaveEngine, type AutosaveOptions, type AutosaveStatus } from "./engine";

export type { AutosaveOptions, AutosaveStatus, SaveOutcome } from "./engine";
export { AUTOSAVE_DELAY_MS, AUTOSAVE_RETRY_MS } from "./engine";

export interface Autosave<V> {
  status: AutosaveStatus;
  /** When the record was last saved (by anyone, as far as this page knows); null if never. */
  savedAt: string | null;
  /** The value on screen changed. */
  change: (value: V) => void;
  /** Saves what is not saved yet now; resolves with where that left things. */
  flush: () => Promise<AutosaveStatus>;
  /** Everything on screen is saved, and saving goes on. */
  isSaved: () => boolean;
  /** Saving has stopped: a conflict, a record that can no longer change, or `stop`. */
  isStopped: () => boolean;
  /** The version the last save returned (or the one read), for other writes' If-Match. */
  version: () => number;
  /** Saves no more (the record was submitted; a submit met a conflict). */
  stop: (status?: AutosaveStatus) => void;
}

/**
 * Autosave of the record read when the page opened. The options are read once:
 * to start again from the server's copy (after a conflict), remount the page
 * with a new `key`. The functions returned never change.
 */
export function useAutosave<V, R>(options: AutosaveOptions<V, R>): Autosave<V> {
  const [status, setStatus] = useState<AutosaveStatus>({ state: "unchanged" });
  const [savedAt, setSavedAt] = useState(options.savedAt ?? null);
  const [engine] = useState(
    () =>
      new AutosaveEngine<V, R>({
        ...options,
        onStatus: (next) => {
          setStatus(next);
          if (next.state === "saved") setSavedAt(next.at);
        },
      }),
  );

  useEffect(() => {
    engine.attach();
    const onHide = () => {
      if (document.visibilityState === "hidden") void engine.flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      // Leaving the page (or signing out, or timing out): whatever is typed goes now.
      engine.detach();
      if (engine.hasUnsaved()) void engine.flush();
    };
  }, [engine]);

  return {
    status,
    savedAt,
    change: engine.change,
    flush: engine.flush,
    isSaved: engine.isSaved,
    isStopped: engine.isStopped,
    version: engine.version,
    stop: engine.stop,
  };
}
