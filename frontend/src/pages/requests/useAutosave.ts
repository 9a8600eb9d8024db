// Autosave for a draft request: each change is saved 1.5 seconds after the
// typing pauses, at once when a field loses focus, when the page is hidden
// (a phone switching app) and when the page is left. Every save sends
// If-Match with the version the last one returned; if someone else saved in
// between (412) saving stops and the page says so, so that nobody's work is
// overwritten without them knowing. Each save also keeps the session alive, so
// the time-out warning only comes once everything typed has been saved.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useApiClient, type ApiClient } from "../../api/client";
import { isProblem, mapProblemToFieldErrors, type MappedFieldErrors } from "../../api/problem";
import type { AssessmentRequest, RequestContent } from "./content";
import { ifMatch, requestKeys, trackSave } from "./queries";

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
  /** `at` is the server's time of the save. */
  | { state: "saved"; at: string }
  /** Someone else saved the draft since this page read it: saving has stopped. */
  | { state: "conflict" }
  /** The server refused a value; the next change is tried again. */
  | { state: "invalid"; errors: MappedFieldErrors }
  /** Submitted or deleted meanwhile: saving has stopped. */
  | { state: "closed"; message: string }
  /** The server could not be reached; trying again. */
  | { state: "failed" };

type PutResult =
  | { kind: "saved"; draft: AssessmentRequest }
  | { kind: "conflict" }
  | { kind: "invalid"; errors: MappedFieldErrors }
  | { kind: "closed"; message: string }
  | { kind: "failed" };

interface EngineOptions {
  version: number;
  content: RequestContent;
  put: (content: RequestContent, version: number) => Promise<PutResult>;
  onStatus: (status: AutosaveStatus) => void;
  onSaved: (draft: AssessmentRequest) => void;
  track: (save: Promise<unknown>) => void;
}

/** The saving itself, outside React: one save at a time, always of the latest content. */
class AutosaveEngine {
  private version: number;
  private content: RequestContent;
  private savedJson: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | null = null;
  private stopped = false;
  /** The page has gone: no more retries in the background. */
  private detached = false;
  private last: AutosaveStatus = { state: "unchanged" };

  constructor(private readonly options: EngineOptions) {
    this.version = options.version;
    this.content = options.content;
    this.savedJson = JSON.stringify(options.content);
  }

  change(content: RequestContent): void {
    this.content = content;
    if (this.stopped) return;
    this.status({ state: "waiting" });
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Saves now whatever is not saved yet; resolves with where that left things. */
  async flush(): Promise<AutosaveStatus> {
    this.cancelTimer();
    await this.save();
    return this.last;
  }

  attach(): void {
    this.detached = false;
  }

  detach(): void {
    this.detached = true;
  }

  hasUnsaved(): boolean {
    return !this.stopped && JSON.stringify(this.content) !== this.savedJson;
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
    const json = JSON.stringify(this.content);
    if (json === this.savedJson) return;
    const run = this.send(this.content, json);
    this.inflight = run;
    this.options.track(run);
    try {
      await run;
    } finally {
      this.inflight = null;
    }
  }

  private async send(content: RequestContent, json: string): Promise<void> {
    this.status({ state: "saving" });
    let result: PutResult;
    try {
      result = await this.options.put(content, this.version);
    } catch {
      result = { kind: "failed" };
    }
    switch (result.kind) {
      case "saved":
        this.version = result.draft.version;
        this.savedJson = json;
        this.options.onSaved(result.draft);
        // Typing since this save started is saved by the timer it set.
        if (JSON.stringify(this.content) === json) {
          this.status({ state: "saved", at: result.draft.updated_at });
        } else {
          this.status({ state: "waiting" });
        }
        break;
      case "conflict":
        this.stopped = true;
        this.cancelTimer();
        this.status({ state: "conflict" });
        break;
      case "closed":
        this.stopped = true;
        this.cancelTimer();
        this.status({ state: "closed", message: result.message });
        break;
      case "invalid":
        this.status({ state: "invalid", errors: result.errors });
        break;
      case "failed":
        this.status({ state: "failed" });
        if (!this.detached) this.schedule(AUTOSAVE_RETRY_MS);
        break;
    }
  }
}

async function putDraft(
  client: ApiClient,
  id: string,
  content: RequestContent,
  version: number,
  fieldIds: Record<string, string>,
): Promise<PutResult> {
  const { data, error, response } = await client.PUT("/api/v1/assessment-requests/{id}", {
    params: { path: { id }, header: { "If-Match": ifMatch(version) } },
    body: { content, setting_id: null },
  });
  if (data) return { kind: "saved", draft: data };
  switch (response.status) {
    case 412:
      return { kind: "conflict" };
    case 409:
    case 404:
      return {
        kind: "closed",
        message:
          response.status === 409 && isProblem(error) && error.detail
            ? error.detail
            : "This draft can no longer be changed: it has been sent or deleted.",
      };
    case 422:
      if (isProblem(error)) {
        return { kind: "invalid", errors: mapProblemToFieldErrors(error, fieldIds) };
      }
      return { kind: "failed" };
    default:
      return { kind: "failed" };
  }
}

/**
 * Autosave of `draft` as read when the page opened. `change` after each edit;
 * `flush` on blur and before leaving.
 */
export function useAutosave(draft: AssessmentRequest, fieldIds: Record<string, string>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AutosaveStatus>({ state: "unchanged" });
  const [savedAt, setSavedAt] = useState(draft.updated_at);
  const [engine] = useState(
    () =>
      new AutosaveEngine({
        version: draft.version,
        content: draft.content,
        put: (content, version) => putDraft(client, draft.id, content, version, fieldIds),
        onStatus: (next) => {
          setStatus(next);
          if (next.state === "saved") setSavedAt(next.at);
        },
        onSaved: (saved) => {
          queryClient.setQueryData(requestKeys.one(draft.id), saved);
          void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        },
        track: (save) => trackSave(draft.id, save),
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
      // Leaving the page (or signing out): whatever is typed goes now.
      engine.detach();
      if (engine.hasUnsaved()) void engine.flush();
    };
  }, [engine]);

  return {
    status,
    /** When the draft was last saved (by anyone, as far as this page knows). */
    savedAt,
    change: (content: RequestContent) => engine.change(content),
    flush: () => engine.flush(),
  };
}
