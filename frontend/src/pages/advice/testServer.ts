// For the advice pages' tests only: builders for requests and answers, and a
// stand-in server holding one case's requests that saves drafts under If-Match
// (412 when stale) and submits them, as the API does.
import { demoMe, EXAMPLESHIRE, json, problem, type Handler } from "../../../test/fakeServer";
import { emptyContent } from "./fields";
import type { AdviceContent, AdviceRequest, AdviceResponse } from "./labels";

export const CASE_ID = "c0000000-0000-4000-8000-000000000001";
export const CASE_REF = "EHC-2026-000042";
export const PRIYA = "u0000000-0000-4000-8000-0000000000e2";
export const LEE = "u0000000-0000-4000-8000-0000000000e1";
export const ALEX = "u0000000-0000-4000-8000-0000000000a1";
export const CHRIS = "u0000000-0000-4000-8000-0000000000c1";
export const PAEDIATRICS = "t0000000-0000-4000-8000-000000000001";

const later = () => new Date(Date.now() + 30 * 60_000);

export function signedIn(id: string, name: string, role: string, role_label: string) {
  const me = { ...demoMe(later()), id, display_name: name, role, role_label };
  return {
    "GET /api/v1/service": () => json(EXAMPLESHIRE),
    "GET /api/v1/me": () => json(me),
    "GET /api/v1/auth/session": () => json(me.session),
    "GET /api/v1/me/notifications/unread-count": () => json({ unread_count: 0 }),
  } satisfies Record<string, Handler>;
}

export const asPriya = () => signedIn(PRIYA, "Priya Shah", "contributor", "Contributor");
export const asAlex = () => signedIn(ALEX, "Dr Alex Morgan", "contributor", "Contributor");
export const asChris = () =>
  signedIn(CHRIS, "Chris Okafor", "case_coordinator", "Case co-ordinator");

const NOBODY_MAY = {
  read_response: false,
  edit: false,
  submit: false,
  decline: false,
  allocate: false,
  reopen: false,
  withdraw: false,
};

export function adviceRequest(overrides: Partial<AdviceRequest> = {}): AdviceRequest {
  return {
    id: "r-priya",
    case_id: CASE_ID,
    case_ref: CASE_REF,
    kind: "advice",
    recipient: { kind: "person", id: PRIYA, name: "Priya Shah" },
    note: "Please focus on communication in the classroom.",
    state: "in_progress",
    state_label: "In progress",
    sent_on: "2026-11-30",
    due_on: "2027-01-11",
    overdue: false,
    completed_on: null,
    allocated_to: [],
    declined_note: null,
    requested_by: { user_id: CHRIS, name: "Chris Okafor" },
    version: 3,
    you_may: { ...NOBODY_MAY, read_response: true, edit: true, submit: true, decline: true },
    team_members: null,
    ...overrides,
  };
}

/** Advice complete enough to submit. */
export function completeContent(): AdviceContent {
  const content = emptyContent();
  content.will_provide = "yes_known_meets_criteria";
  content.background.first_contact = "Referred by the GP in March 2024";
  content.background.support_in_place = "Weekly speech and language sessions";
  content.background.effect_of_support = "Vocabulary has grown";
  return content;
}

export interface AdviceWorld {
  handlers: Record<string, Handler>;
  /** What the server holds for each request. */
  requests: Map<string, AdviceRequest>;
  contents: Map<string, AdviceContent>;
  /** Every draft saved, in order: the If-Match sent and the body. */
  saves: { ifMatch: string | null; body: AdviceContent }[];
  submits: { ifMatch: string | null; key: string | null }[];
  /** What the next submit answers instead of submitting (a 422, say). */
  refuseSubmit: Response | null;
}

/** A server holding `requests` (and their answers) on one case. */
export function adviceServer(
  signedInAs: Record<string, Handler>,
  requests: AdviceRequest[],
  contents: Record<string, AdviceContent> = {},
): AdviceWorld {
  const world: AdviceWorld = {
    handlers: { ...signedInAs },
    requests: new Map(requests.map((r) => [r.id, r])),
    contents: new Map(requests.map((r) => [r.id, contents[r.id] ?? emptyContent()])),
    saves: [],
    submits: [],
    refuseSubmit: null,
  };
  const answer = (r: AdviceRequest): AdviceResponse => ({
    request_id: r.id,
    case_id: r.case_id,
    case_ref: r.case_ref,
    state: r.state,
    state_label: r.state_label,
    version: r.version,
    completed_on: r.completed_on ?? null,
    answered_by: { user_id: PRIYA, name: "Priya Shah" },
    declined_note: r.declined_note ?? null,
    content: world.contents.get(r.id) ?? emptyContent(),
  });
  const withEtag = (r: AdviceRequest) => {
    const response = json(answer(r));
    response.headers.set("ETag", `"${r.version}"`);
    return response;
  };
  world.handlers[`GET /api/v1/cases/${CASE_ID}/advice-requests`] = () =>
    json({ case_id: CASE_ID, case_ref: CASE_REF, items: [...world.requests.values()] });
  for (const { id } of requests) {
    const current = () => world.requests.get(id)!;
    world.handlers[`GET /api/v1/advice-requests/${id}`] = () => json(current());
    world.handlers[`GET /api/v1/advice-requests/${id}/response`] = () => withEtag(current());
    world.handlers[`PUT /api/v1/advice-requests/${id}/response`] = async (request) => {
      const ifMatch = request.headers.get("If-Match");
      const body = (await request.json()) as AdviceContent;
      world.saves.push({ ifMatch, body });
      const r = current();
      if (ifMatch !== `"${r.version}"`) {
        return problem({
          type: "about:blank",
          title: "Precondition Failed",
          status: 412,
          detail: "Someone saved since that ETag; nothing was changed.",
        });
      }
      const saved = { ...r, version: r.version + 1, state: "in_progress" as const };
      world.requests.set(id, saved);
      world.contents.set(id, body);
      return withEtag(saved);
    };
    world.handlers[`POST /api/v1/advice-requests/${id}/response/submit`] = (request) => {
      world.submits.push({
        ifMatch: request.headers.get("If-Match"),
        key: request.headers.get("Idempotency-Key"),
      });
      if (world.refuseSubmit) return world.refuseSubmit;
      const r = current();
      if (request.headers.get("If-Match") !== `"${r.version}"`) {
        return problem({ type: "about:blank", title: "Precondition Failed", status: 412 });
      }
      const submitted: AdviceRequest = {
        ...r,
        version: r.version + 1,
        state: "submitted",
        state_label: "Submitted",
        completed_on: "2026-12-14",
        you_may: { ...r.you_may, edit: false, submit: false, decline: false },
      };
      world.requests.set(id, submitted);
      return json(answer(submitted));
    };
  }
  return world;
}

/** Someone else saves the draft behind the page's back. */
export function saveElsewhere(world: AdviceWorld, id: string, content: AdviceContent) {
  const r = world.requests.get(id)!;
  world.requests.set(id, { ...r, version: r.version + 1 });
  world.contents.set(id, content);
}
