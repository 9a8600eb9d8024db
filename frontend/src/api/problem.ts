// RFC 9457 problem details, as every error response of the API carries them,
// and their mapping to what a GOV.UK page shows: an error summary at the top
// and a message beside each field.
import type { components } from "./schema";

export type Problem = components["schemas"]["Problem"];
export type FieldError = components["schemas"]["FieldError"];

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === "string" && typeof v.status === "number";
}

/** Thrown by query functions so that TanStack Query and error boundaries see one type. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.title ?? `The server answered ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

export interface ErrorSummaryItem {
  /** The in-page link to the field, e.g. "#date_of_birth". */
  href: string | undefined;
  text: string;
}

export interface MappedFieldErrors {
  /** Items for the error summary, in the order the server gave them. */
  summary: ErrorSummaryItem[];
  /** The first message for each field, keyed by the field name. */
  byField: Record<string, string>;
  /** Message for the summary when the problem names no field. */
  general: string | undefined;
}

/**
 * Turn a problem's `errors[]` into an error summary plus inline messages.
 * `fieldIds` maps a server field path (e.g. "child.date_of_birth") to the id
 * of the input on the page; without an entry the field name is used as the id.
 */
export function mapProblemToFieldErrors(
  problem: Problem,
  fieldIds: Record<string, string> = {},
): MappedFieldErrors {
  const summary: ErrorSummaryItem[] = [];
  const byField: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    if (error.field in byField) continue;
    byField[error.field] = error.message;
    const id = fieldIds[error.field] ?? (error.field === "" ? undefined : error.field);
    summary.push({ href: id === undefined ? undefined : `#${id}`, text: error.message });
  }
  const general = summary.length === 0 ? (problem.detail ?? problem.title) : undefined;
  return { summary, byField, general };
}
