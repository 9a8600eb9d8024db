// The advice being written, shared by the request's pages, and its autosave
// (see autosave/useAutosave): each change is saved about 1.5 seconds after the
// typing stops, with If-Match naming the version it was based on. When someone
// else has saved since (412), nothing more is saved - their work is never
// overwritten - and the person is offered a reload. Pending changes are also
// saved on leaving the request and when the tab is hidden, so nothing typed is
// lost to a time-out.
import { useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useApiClient } from "../../api/client";
import { isProblem, type FieldError, type Problem } from "../../api/problem";
import { saveOutcome } from "../../autosave/saveOutcome";
import { useAutosave, type AutosaveStatus } from "../../autosave/useAutosave";
import { adviceKeys } from "./data";
import { emptyContent } from "./fields";
import type { AdviceContent, AdviceRequest, AdviceResponse } from "./labels";

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
  status: AutosaveStatus;
  /** When this page last saved the advice (null until it has). */
  savedAt: string | null;
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

/** A save refused because the advice can no longer be changed (submitted, closed, withdrawn). */
function closedMessage(status: number, problem: Problem | undefined): string | undefined {
  if (![403, 404, 409].includes(status)) return undefined;
  return problemMessage(problem, "This advice can no longer be changed.");
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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitted, setSubmitted] = useState(false);
  /** The advice as on screen, for changes made by recipes between renders. */
  const contentRef = useRef(content);

  const {
    status,
    savedAt,
    change,
    flush: flushNow,
    isSaved,
    isStopped,
    version,
    stop,
  } = useAutosave<AdviceContent, AdviceResponse>({
    initial: content,
    version: initial?.version ?? request.version,
    save: async (body, ifMatch) => {
      const outcome = saveOutcome(
        await client.PUT("/api/v1/advice-requests/{id}/response", {
          params: { path: { id }, header: { "If-Match": ifMatch } },
          body,
        }),
        closedMessage,
      );
      if (outcome.kind === "invalid") setErrors(outcome.problem.errors ?? []);
      return outcome;
    },
    versionOf: (saved) => saved.version,
    onSaved: (saved) => {
      setResponse(saved);
      queryClient.setQueryData(adviceKeys.response(id), saved);
      setErrors((list) => list.filter((e) => e.code !== "too_long"));
    },
  });

  const flush = useCallback(async (): Promise<boolean> => {
    await flushNow();
    return isSaved();
  }, [flushNow, isSaved]);

  const editable = request.you_may.edit && !submitted && status.state !== "closed";

  const update = useCallback(
    (recipe: (content: AdviceContent) => AdviceContent, clears?: (field: string) => boolean) => {
      if (!editable) return;
      const next = recipe(contentRef.current);
      contentRef.current = next;
      setContent(next);
      if (clears) setErrors((list) => list.filter((e) => !clears(e.field)));
      change(next);
    },
    [editable, change],
  );

  const submit = useCallback(
    async (idempotencyKey: string): Promise<SubmitOutcome> => {
      const saved = await flush();
      if (!saved) return { ok: false, reason: isStopped() ? "conflict" : "not-saved" };
      try {
        const { data, error, response } = await client.POST(
          "/api/v1/advice-requests/{id}/response/submit",
          {
            params: {
              path: { id },
              header: {
                "If-Match": `"${version()}"`,
                "Idempotency-Key": idempotencyKey,
              },
            },
          },
        );
        if (data) {
          stop();
          setSubmitted(true);
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
          stop({ state: "conflict" });
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
    [client, flush, id, isStopped, queryClient, stop, version],
  );

  const value = useMemo<DraftContextValue>(
    () => ({
      request,
      response,
      content,
      editable,
      status,
      savedAt,
      errors,
      update,
      flush,
      submit,
      reload: onReload,
    }),
    [
      request,
      response,
      content,
      editable,
      status,
      savedAt,
      errors,
      update,
      flush,
      submit,
      onReload,
    ],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}
