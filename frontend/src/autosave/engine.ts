// Saving a form as it is typed, outside React: one save at a time, always of
// the latest value, each with If-Match naming the version the last save
// returned. When someone else has saved in between (412) or the record can no
// longer be changed, saving stops - nobody's work is overwritten without them
// knowing - and what was typed stays on screen. A save that could not reach
// the server is tried again.
import type { Problem } from "../api/problem";

/** How long typing must pause before a save. */
export const AUTOSAVE_DELAY_MS = 1_500;
/** After a failure to reach the server, try again this soon. */
export const AUTOSAVE_RETRY_MS = 10_000;

export type AutosaveStatus =
  /** Nothing typed since the page opened. */
  | { state: "unchanged" }
  /** Typed, waiting for a pause. */
  | { state: "waiting" }
  | { state: "saving" }
  /** `at` is when it was saved (ISO 8601), by the server's clock when it says. */
  | { state: "saved"; at: string }
  /** Someone else saved since this page read it: saving has stopped. */
  | { state: "conflict" }
  /** The server (or a check in the browser) refused a value; the next change is tried again. */
  | { state: "invalid"; problem: Problem }
  /** Submitted, closed or deleted meanwhile: saving has stopped. */
  | { state: "closed"; message: string }
  /** The server could not be reached, or failed; trying again. */
  | { state: "failed" };

/** What one save came to (see `saveOutcome` for reading it from the API's answer). */
export type SaveOutcome<R> =
  | { kind: "saved"; record: R }
  | { kind: "conflict" }
  | { kind: "invalid"; problem: Problem }
  | { kind: "closed"; message: string }
  | { kind: "failed" };

export interface AutosaveOptions<V, R> {
  /** The value as read when the page opened. */
  initial: V;
  /** Its version, sent back in If-Match by the first save. */
  version: number;
  /** When it was last saved, as read (null when never, or not known). */
  savedAt?: string | null;
  /** One save of `value`; `ifMatch` is the header's value. May throw when offline. */
  save: (value: V, ifMatch: string) => Promise<SaveOutcome<R>>;
  /** The version a saved record carries, for the next If-Match. */
  versionOf: (record: R) => number;
  /** When a saved record was saved; this device's clock when not given. */
  savedAtOf?: (record: R) => string | null | undefined;
  onSaved?: (record: R) => void;
  /** Told of each save as it starts, so that reads can wait for it to land. */
  track?: (save: Promise<unknown>) => void;
}

interface EngineOptions<V, R> extends AutosaveOptions<V, R> {
  onStatus: (status: AutosaveStatus) => void;
}

export class AutosaveEngine<V, R> {
  private currentVersion: number;
  private value: V;
  private savedJson: string;
  /** When this page last saved, if it has. */
  private savedHere: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private stopped = false;
  /** The page has gone: no more retries in the background. */
  private detached = false;
  private last: AutosaveStatus = { state: "unchanged" };

  constructor(private readonly options: EngineOptions<V, R>) {
    this.currentVersion = options.version;
    this.value = options.initial;
    this.savedJson = JSON.stringify(options.initial);
  }

  /** The value on screen changed: save it once the typing pauses. */
  change = (value: V): void => {
    this.value = value;
    if (this.stopped) return;
    this.status({ state: "waiting" });
    this.schedule(AUTOSAVE_DELAY_MS);
  };

  /** Saves now whatever is not saved yet; resolves with where that left things. */
  flush = async (): Promise<AutosaveStatus> => {
    this.cancelTimer();
    await this.save();
    return this.last;
  };

  /** Everything on screen is saved, and saving goes on. */
  isSaved = (): boolean => !this.stopped && !this.changed();

  /** Saving has stopped (a conflict, a closed record, or `stop`). */
  isStopped = (): boolean => this.stopped;

  /** The version the last save returned (or the one read). */
  version = (): number => this.currentVersion;

  /** Saves no more, e.g. once the record is submitted or a submit found a conflict. */
  stop = (status?: AutosaveStatus): void => {
    this.stopped = true;
    this.cancelTimer();
    if (status) this.status(status);
  };

  attach(): void {
    this.detached = false;
  }

  detach(): void {
    this.detached = true;
  }

  hasUnsaved(): boolean {
    return !this.stopped && this.changed();
  }

  private changed(): boolean {
    return JSON.stringify(this.value) !== this.savedJson;
  }

  private status(status: AutosaveStatus): void {
    this.last = status;
    this.options.onStatus(status);
  }

  private schedule(delay: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => void this.save(), delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async save(): Promise<void> {
    if (this.stopped) return;
    if (this.inflight) {
      await this.inflight;
      return this.save();
    }
    const json = JSON.stringify(this.value);
    if (json === this.savedJson) {
      // Typed back to what is saved (or a retry no longer needed): say so,
      // rather than "saving" or "not saved" for ever.
      if (["waiting", "failed", "invalid"].includes(this.last.state)) {
        this.status(
          this.savedHere ? { state: "saved", at: this.savedHere } : { state: "unchanged" },
        );
      }
      return;
    }
    const run = this.send(this.value, json);
    this.inflight = run;
    this.options.track?.(run);
    try {
      await run;
    } finally {
      this.inflight = null;
    }
  }

  private async send(value: V, json: string): Promise<void> {
    this.status({ state: "saving" });
    let outcome: SaveOutcome<R>;
    try {
      outcome = await this.options.save(value, `"${this.currentVersion}"`);
    } catch {
      outcome = { kind: "failed" };
    }
    switch (outcome.kind) {
      case "saved": {
        const { record } = outcome;
        this.currentVersion = this.options.versionOf(record);
        this.savedJson = json;
        this.savedHere = this.options.savedAtOf?.(record) ?? new Date().toISOString();
        this.options.onSaved?.(record);
        // Typing since this save started is saved by the timer it set.
        if (!this.changed()) {
          this.status({ state: "saved", at: this.savedHere });
        } else {
          this.status({ state: "waiting" });
        }
        break;
      }
      case "conflict":
        this.stop({ state: "conflict" });
        break;
      case "closed":
        this.stop({ state: "closed", message: outcome.message });
        break;
      case "invalid":
        this.status({ state: "invalid", problem: outcome.problem });
        break;
      case "failed":
        this.status({ state: "failed" });
        if (!this.detached) this.schedule(AUTOSAVE_RETRY_MS);
        break;
    }
  }
}
