// A work tray as the address holds it: which tray, the search, the filters,
// the order and the page. The address uses the API's own names and formats
// (`stage=assessment,draft_plan`, `overdue=true`), so a view can be bookmarked
// or shared, and the list asks the API for exactly what the address says.
import type { operations } from "../../api/schema";

export type CaseListQuery = NonNullable<operations["list_cases"]["parameters"]["query"]>;

export interface TrayView {
  /** Empty: the caller's first tray. */
  tray: string;
  q: string;
  stages: string[];
  setting: string;
  /** "YYYY-MM-DD", or empty. */
  updatedSince: string;
  impending: boolean;
  overdue: boolean;
  flags: string[];
  closedOutsideProcess: boolean;
  includeClosed: boolean;
  /** Empty: by next deadline (the API's default). */
  sort: string;
  cursor: string;
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface SortOption extends Option {
  /** The order in words, after "Sorted by". */
  order: string;
}

/** The stages a case passes through, in order (domain/src/lifecycle.rs). */
export const STAGES: Option[] = [
  { value: "request_draft", label: "Draft request" },
  { value: "request_submitted", label: "Request submitted" },
  { value: "unallocated", label: "Registered, waiting for a case co-ordinator" },
  { value: "awaiting_assessment_decision", label: "Deciding whether to assess" },
  { value: "not_to_assess", label: "Decided not to assess" },
  { value: "assessment", label: "Assessment" },
  { value: "not_to_issue", label: "Decided not to issue a plan" },
  { value: "draft_plan", label: "Writing the draft plan" },
  { value: "consultation", label: "Draft plan out for comments" },
  { value: "plan_issued", label: "Final plan issued" },
  { value: "review_arranged", label: "Annual review arranged" },
  { value: "review_gathering_views", label: "Annual review: gathering views" },
  { value: "review_meeting_held", label: "Annual review meeting held" },
  { value: "review_report_submitted", label: "Annual review: waiting for the LA's decision" },
  { value: "review_decided_amend", label: "Annual review: decided to amend the plan" },
  { value: "amendment_notice", label: "Proposed amendments sent to the family" },
  { value: "ceased", label: "Plan ceased" },
  { value: "closed_outside_process", label: "Closed outside the process" },
];

/** The markers a co-ordinator puts on a case (domain/src/trays.rs). */
export const FLAGS: Option[] = [
  { value: "mediation", label: "Mediation in progress" },
  { value: "tribunal", label: "Tribunal in progress" },
  { value: "safeguarding", label: "Safeguarding" },
  { value: "eotas", label: "Educated other than at school" },
  { value: "looked_after", label: "Looked-after child" },
  { value: "neet", label: "NEET", hint: "Not in education, employment or training" },
];

/** How a tray can be ordered; the first is the API's default. */
export const SORTS: [SortOption, ...SortOption[]] = [
  { value: "next_deadline", label: "Next deadline", order: "next deadline, soonest first" },
  { value: "last_updated", label: "Last updated", order: "last updated, most recent first" },
  { value: "name", label: "Name", order: "child's name, A to Z" },
  { value: "case_reference", label: "Case reference", order: "case reference" },
  { value: "request_date", label: "Request date", order: "request date, oldest first" },
];

export function sortOf(view: TrayView): SortOption {
  return SORTS.find((s) => s.value === view.sort) ?? SORTS[0];
}

export function flagLabel(flag: string): string {
  return FLAGS.find((f) => f.value === flag)?.label ?? flag;
}

function list(raw: string | null): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function viewFromParams(params: URLSearchParams): TrayView {
  const text = (name: string) => (params.get(name) ?? "").trim();
  const yes = (name: string) => params.get(name) === "true";
  return {
    tray: text("tray"),
    q: text("q"),
    stages: list(params.get("stage")),
    setting: text("setting"),
    updatedSince: text("updated_since"),
    impending: yes("impending"),
    overdue: yes("overdue"),
    flags: list(params.get("flags")),
    closedOutsideProcess: yes("closed_outside_process"),
    includeClosed: yes("include_closed"),
    sort: text("sort"),
    cursor: text("cursor"),
  };
}

/** The address for a view: only what differs from the defaults. */
export function paramsFromView(view: TrayView): URLSearchParams {
  const params = new URLSearchParams();
  const set = (name: string, value: string | boolean | string[]) => {
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(","));
    } else if (value === true) {
      params.set(name, "true");
    } else if (typeof value === "string" && value) {
      params.set(name, value);
    }
  };
  set("tray", view.tray);
  set("q", view.q);
  set("stage", view.stages);
  set("setting", view.setting);
  set("updated_since", view.updatedSince);
  set("impending", view.impending);
  set("overdue", view.overdue);
  set("flags", view.flags);
  set("closed_outside_process", view.closedOutsideProcess);
  set("include_closed", view.includeClosed);
  if (view.sort && view.sort !== SORTS[0].value) params.set("sort", view.sort);
  set("cursor", view.cursor);
  return params;
}

/** "/cases?tray=all&q=smith", or "/cases" for the first page of the caller's first tray. */
export function hrefOf(view: TrayView): string {
  const search = paramsFromView(view).toString();
  return search ? `/cases?${search}` : "/cases";
}

/** The query string of GET /api/v1/cases for a view. */
export function queryOf(view: TrayView, limit: number): CaseListQuery {
  const query: CaseListQuery = { limit };
  if (view.tray) query.tray = view.tray;
  if (view.q) query.q = view.q;
  if (view.stages.length > 0) query.stage = view.stages.join(",");
  if (view.setting) query.setting = view.setting;
  if (view.updatedSince) query.updated_since = view.updatedSince;
  if (view.impending) query.impending = true;
  if (view.overdue) query.overdue = true;
  if (view.flags.length > 0) query.flags = view.flags.join(",");
  if (view.closedOutsideProcess) query.closed_outside_process = true;
  if (view.includeClosed) query.include_closed = true;
  if (view.sort) query.sort = view.sort;
  if (view.cursor) query.cursor = view.cursor;
  return query;
}

/** The same tray with no search, filters, order or page. */
export function cleared(view: TrayView): TrayView {
  return { ...viewFromParams(new URLSearchParams()), tray: view.tray };
}

/** Whether the search or any filter is set (the order and the page are not filters). */
export function isFiltered(view: TrayView): boolean {
  return Boolean(
    view.q ||
    view.stages.length > 0 ||
    view.setting ||
    view.updatedSince ||
    view.impending ||
    view.overdue ||
    view.flags.length > 0 ||
    view.closedOutsideProcess ||
    view.includeClosed,
  );
}
