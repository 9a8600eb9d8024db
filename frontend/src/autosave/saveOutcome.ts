// What an autosave's PUT came to, read from the typed client's answer the same
// way for every record: saved, someone else's save first (412), a value
// refused (422), a record that can no longer be changed here, or a failure to
// try again.
import { isProblem, type Problem } from "../api/problem";
import type { SaveOutcome } from "./engine";

interface Answer<R> {
  data?: R;
  error?: unknown;
  response: Response;
}

/**
 * `closed` says, for an answer's status, what to tell the person when it means
 * the record can no longer be changed (a 404 or 409, say), or undefined.
 */
export function saveOutcome<R>(
  { data, error, response }: Answer<R>,
  closed: (status: number, problem: Problem | undefined) => string | undefined,
): SaveOutcome<R> {
  if (data !== undefined) return { kind: "saved", record: data };
  const problem = isProblem(error) ? error : undefined;
  if (response.status === 412) return { kind: "conflict" };
  if (response.status === 422 && problem) return { kind: "invalid", problem };
  const message = closed(response.status, problem);
  if (message !== undefined) return { kind: "closed", message };
  return { kind: "failed" };
}
