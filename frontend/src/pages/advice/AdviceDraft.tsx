// The advice being written, shared by the request's pages, and its autosave:
// each change is saved about 1.5 seconds after the typing stops, with If-Match
// naming the version it was based on. When someone else has saved since (412),
// nothing more is saved - their work is never overwritten - and the person is
// offered a reload. Pending changes are also saved on leaving the request and
// when the tab is hidden, so nothing typed is lost to a time-out.
import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useApiClient } from "../../api/client";
import { isProblem, type FieldError } from "../../api/problem";
import { adviceKeys } from "./data";
import { emptyContent } from "./fields";
import type { AdviceContent, AdviceRequest, AdviceResponse } from "./labels";

/** How long after the last change the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;
/** How long to wait before trying again when the service could not be reached. */
const RETRY_DELAY_MS = 10_000;

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  /** Someone else saved since this draft was read: nothing more is saved. */
  | { state: "conflict" }
  /** The service could not be reached or failed; it is tried again. */
  | { state: "failed" }
  /** A field is too long (the errors say which); saved once it is corrected. */
  | { state: "invalid" }
  /** The request can no longer be changed (submitted, closed, withdrawn). */
  | { state: "closed"; message: string };

export type SubmitOutcome =
  | { ok: true }
  | { ok: false; reason: "invalid" | "conflict" | "not-saved" }
  | { ok: false; reason: "refused"; message: string };

interface DraftContextValue {
  request: AdviceRequest;
  /** The answer as the server last gave it (null when the person may not read it). */
  response: AdviceResponse | null;
  /** The advice as it is on screen. */
  content: AdviceContent;
  /** The person may change it now. */
  editable: boolean;
  status: SaveStatus;
  /** The fields the server refused, in its order (from the last save or submit). */
  errors: FieldError[];
  /** Change the advice; fields matching `clears` lose their error message. */
  update: (
    recipe: (content: AdviceContent) => AdviceContent,
    clears?: (field: string) => boolean,
  ) => void;
  /** Save pending changes now; true when everything is saved. */
  flush: () => Promise<boolean>;
  submit: (idempotencyKey: string) => Promise<SubmitOutcome>;
  /** Read the advice again from the server, dropping what is on screen (after a conflict). */
  reload: () => void;
}

const DraftContext = createContext<DraftContextValue | null>(null);

export function useAdviceDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error("useAdviceDraft must be used inside <AdviceDraftProvider>");
  return value;
}

function problemMessage(error: unknown, fallback: string): string {
  return isProblem(error) ? (error.detail ?? error.title) : fallback;
}

export function AdviceDraftProvider({
  request,
  initial,
  onReload,
  children,
}: {
  request: AdviceRequest;
  initial: AdviceResponse | null;
  onReload: () => void;
  children: ReactNode;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const id = request.id;
  const [content, setContent] = useState<AdviceContent>(() => initial?.content ?? emptyContent());
  const [response, setResponse] = useState<AdviceResponse | null>(initial);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [closed, setClosed] = useState(false);

  const contentRef = useRef(content);
  const versionRef = useRef(initial?.version ?? request.version);
  const dirtyRef = useRef(false);
  const blockedRef = useRef(false);
  const inFlightRef = useRef<Promise<boolean> | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The latest `flush`, for timers set by earlier renders. */
  const flushRef = useRef<() => Promise<boolean>>(() => Promise.resolve(true));
  const schedule = useCallback((delay: number) => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void flushRef.current(), delay);
  }, []);

  /** One PUT of what is on screen; what became of it. */
  const saveOnce = useCallback(async (): Promise<"saved" | "failed" | "invalid" | "blocked"> => {
    const body = contentRef.current;
    dirtyRef.current = false;
    setStatus({ state: "saving" });
    try {
      const { data, error, response } = await client.PUT("/api/v1/advice-requests/{id}/response", {
        params: { path: { id }, header: { "If-Match": `"${versionRef.current}"` } },
        body,
      });
      if (data) {
        versionRef.current = data.version;
        setResponse(data);
        queryClient.setQueryData(adviceKeys.response(id), data);
        setErrors((list) => list.filter((e) => e.code !== "too_long"));
        setStatus({ state: "saved", at: new Date() });
        return "saved";
      }
      dirtyRef.current = true;
      if (response.status === 412) {
        blockedRef.current = true;
        setStatus({ state: "conflict" });
        return "blocked";
      }
      if (response.status === 422 && isProblem(error)) {
        setErrors(error.errors ?? []);
        setStatus({ state: "invalid" });
        return "invalid";
      }
      if ([403, 404, 409].includes(response.status)) {
        blockedRef.current = true;
        setClosed(true);
        setStatus({
          state: "closed",
          message: problemMessage(error, "This advice can no longer be changed."),
        });
        return "blocked";
      }
      setStatus({ state: "failed" });
      return "failed";
    } catch {
      dirtyRef.current = true;
      setStatus({ state: "failed" });
      return "failed";
    }
  }, [client, id, queryClient]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timerRef.current);
    while (inFlightRef.current) await inFlightRef.current;
    if (blockedRef.current) return false;
    if (!dirtyRef.current) return true;
    const attempt = saveOnce();
    inFlightRef.current = attempt.then((outcome) => outcome === "saved");
    const outcome = await attempt;
    inFlightRef.current = null;
    if (outcome === "failed") {
      // Not reached, or the service failed: try again later. (A refused field
      // waits for the next change; a conflict for the person to reload.)
      schedule(RETRY_DELAY_MS);
    } else if (outcome === "saved" && dirtyRef.current) {
      // Typed while it was saving: save that too, after the usual pause.
      schedule(AUTOSAVE_DELAY_MS);
    }
    return outcome === "saved" && !dirtyRef.current;
  }, [saveOnce, schedule]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const editable = request.you_may.edit && !closed;

  const update = useCallback(
    (recipe: (content: AdviceContent) => AdviceContent, clears?: (field: string) => boolean) => {
      if (!editable) return;
      const next = recipe(contentRef.current);
      contentRef.current = next;
      setContent(next);
      dirtyRef.current = true;
      if (clears) setErrors((list) => list.filter((e) => !clears(e.field)));
      if (blockedRef.current) return;
      schedule(AUTOSAVE_DELAY_MS);
    },
    [editable, schedule],
  );

  const submit = useCallback(
    async (idempotencyKey: string): Promise<SubmitOutcome> => {
      const saved = await flush();
      if (!saved) return { ok: false, reason: blockedRef.current ? "conflict" : "not-saved" };
      try {
        const { data, error, response } = await client.POST(
          "/api/v1/advice-requests/{id}/response/submit",
          {
            params: {
              path: { id },
              header: {
                "If-Match": `"${versionRef.current}"`,
                "Idempotency-Key": idempotencyKey,
              },
            },
          },
        );
        if (data) {
          versionRef.current = data.version;
          blockedRef.current = true;
          setClosed(true);
          setResponse(data);
          setErrors([]);
          // Lists are read again when next shown; the request now (what the
          // person may do with it) at once.
          await queryClient.invalidateQueries({ queryKey: adviceKeys.all, refetchType: "none" });
          queryClient.setQueryData(adviceKeys.response(id), data);
          await queryClient.refetchQueries({ queryKey: adviceKeys.request(id) });
          return { ok: true };
        }
        if (response.status === 422 && isProblem(error)) {
          setErrors(error.errors ?? []);
          return { ok: false, reason: "invalid" };
        }
        if (response.status === 412) {
          blockedRef.current = true;
          setStatus({ state: "conflict" });
          return { ok: false, reason: "conflict" };
        }
        return {
          ok: false,
          reason: "refused",
          message: problemMessage(
            error,
            "Sorry, there is a problem with the service. Your advice has not been submitted. Try again in a few minutes.",
          ),
        };
      } catch {
        return {
          ok: false,
          reason: "refused",
          message:
            "The service could not be reached. Your advice has not been submitted. Check your internet connection and try again.",
        };
      }
    },
    [client, flush, id, queryClient],
  );

  // Leaving the request, or hiding the tab (closing it, switching away on a
  // phone): save what is pending now rather than after the pause.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      void flush();
    };
  }, [flush]);

  const value = useMemo<DraftContextValue>(
    () => ({
      request,
      response,
      content,
      editable,
      status,
      errors,
      update,
      flush,
      submit,
      reload: onReload,
    }),
    [request, response, content, editable, status, errors, update, flush, submit, onReload],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}
