// The advice template's questions and answers in the words of the contributor
// guides, the states of a request as tags, and due dates in plain English
// ("11 January 2027 (in 42 days)").
import type { components } from "../../api/schema";
import type { TagColour } from "../../govuk/Tag";
import { formatDate as formatIsoDate } from "../requests/dates";

export type AdviceRequest = components["schemas"]["AdviceRequestBody"];
export type AdviceResponse = components["schemas"]["AdviceResponseBody"];
export type AdviceContent = components["schemas"]["AdviceContentBody"];
export type AreaAdvice = components["schemas"]["AreaBody"];
export type Outcome = components["schemas"]["OutcomeBody"];
export type Step = components["schemas"]["StepBody"];
export type Provision = components["schemas"]["ProvisionBody"];
export type Background = components["schemas"]["BackgroundBody"];
export type WillProvide = components["schemas"]["WillProvideAnswer"];
export type PfaType = components["schemas"]["PfaTypeName"];
export type AdviceState = components["schemas"]["AdviceStateName"];
export type AreaKey = keyof components["schemas"]["AreasBody"];

/** "Will you provide information and advice for this child or young person?" */
export const WILL_PROVIDE: { value: WillProvide; label: string; yes: boolean }[] = [
  {
    value: "yes_known_meets_criteria",
    label: "Yes - the child or young person is known and meets the criteria for an assessment",
    yes: true,
  },
  {
    value: "yes_allocated_worker_will_advise",
    label: "Yes - the child or young person has an allocated worker, who will provide advice",
    yes: true,
  },
  {
    value: "yes_not_known_meets_criteria",
    label: "Yes - the child or young person is not known but meets the criteria for an assessment",
    yes: true,
  },
  {
    value: "no_known_does_not_meet_criteria",
    label:
      "No - the child or young person is known but does not meet the criteria for an assessment",
    yes: false,
  },
  {
    value: "no_not_known_does_not_meet_criteria",
    label:
      "No - the child or young person is not known and does not meet the criteria for an assessment",
    yes: false,
  },
  { value: "no_other", label: "No - other (please state the reason)", yes: false },
];

export function willProvideLabel(value: WillProvide | null | undefined): string {
  return WILL_PROVIDE.find((w) => w.value === value)?.label ?? "Not answered";
}

/** The five background questions, in the template's order; three must be answered. */
export const BACKGROUND: { key: keyof Background; label: string; required: boolean }[] = [
  {
    key: "first_contact",
    label: "When did the child or young person first come into contact with your organisation?",
    required: true,
  },
  {
    key: "discussions_with_child",
    label: "Details of any discussion held between the child or young person and your organisation",
    required: false,
  },
  {
    key: "discussions_with_parents",
    label: "Details of any discussion held between the parents or carers and your organisation",
    required: false,
  },
  {
    key: "support_in_place",
    label:
      "What has your organisation put in place already to support the child or young person's needs?",
    required: true,
  },
  {
    key: "effect_of_support",
    label:
      "What has been the effect of any support or strategies already put in place by your organisation?",
    required: true,
  },
];

/** The six areas of need, in the template's order, with the path segment of each page. */
export const AREAS: { key: AreaKey; label: string; slug: string }[] = [
  {
    key: "communication_and_interaction",
    label: "Communication and interaction",
    slug: "communication-and-interaction",
  },
  {
    key: "cognition_and_learning",
    label: "Cognition and learning",
    slug: "cognition-and-learning",
  },
  {
    key: "social_emotional_and_mental_health",
    label: "Social, emotional and mental health",
    slug: "social-emotional-and-mental-health",
  },
  { key: "sensory_and_physical", label: "Sensory and/or physical", slug: "sensory-and-physical" },
  { key: "health", label: "Health", slug: "health" },
  { key: "social_care", label: "Social care", slug: "social-care" },
];

export function areaBySlug(slug: string | undefined) {
  return AREAS.find((a) => a.slug === slug);
}

export function areaByKey(key: string) {
  return AREAS.find((a) => a.key === key);
}

/** Preparing-for-Adulthood outcome types. */
export const PFA_TYPES: { value: PfaType; label: string }[] = [
  { value: "employment", label: "Employment" },
  { value: "independent_living", label: "Independent living" },
  { value: "community_inclusion", label: "Community inclusion" },
  { value: "health", label: "Health" },
];

export function pfaLabel(value: PfaType): string {
  return PFA_TYPES.find((p) => p.value === value)?.label ?? value;
}

const STATE_COLOURS: Record<AdviceState, TagColour> = {
  pending: "blue",
  awaiting_allocation: "orange",
  allocated: "purple",
  in_progress: "teal",
  submitted: "green",
  declined: "grey",
  reopened: "yellow",
  withdrawn: "grey",
};

export function stateColour(state: AdviceState): TagColour {
  return STATE_COLOURS[state];
}

/** Requests still waiting for an answer. */
export function isOpen(state: AdviceState): boolean {
  return !["submitted", "declined", "withdrawn"].includes(state);
}

/** "11 January 2027"; nothing for no date. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatIsoDate(iso) : "";
}

/** Whole days from `today` to the date (negative when it has passed). */
export function daysUntil(iso: string, today: Date): number {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return 0;
  const due = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

/** "in 41 days", "tomorrow", "today", "3 days ago". */
export function relativeDays(iso: string, today: Date): string {
  const days = daysUntil(iso, today);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  if (days > 0) return `in ${days} days`;
  return `${-days} days ago`;
}

/** Who a request went to: a person by name, or "Community Paediatrics (team)". */
export function recipientLabel(request: AdviceRequest): string {
  return request.recipient.kind === "team"
    ? `${request.recipient.name} (team)`
    : request.recipient.name;
}
