// What a request for assessment says, split into the sections of its task list:
// which fields each holds, when it counts as done, how its answers read on
// "check your answers", and where on the page each field the server names is.
import type { components } from "../../api/schema";
import { formatDate } from "./dates";

export type RequestContent = components["schemas"]["RequestContentBody"];
export type AssessmentRequest = components["schemas"]["AssessmentRequestBody"];
export type RequestSummary = components["schemas"]["AssessmentRequestSummary"];
export type ReceivedVia = components["schemas"]["ReceivedViaName"];

export function emptyContent(): RequestContent {
  return {
    child: {
      given_names: "",
      family_name: "",
      born_on: null,
      preferred_language: "",
      looked_after: false,
      parental_responsibility: "",
    },
    parent: { name: "", relationship: "", email: "", phone: "", address: "" },
    concerns: "",
    support_so_far: "",
    parent_views: "",
    child_views: "",
    parent_agrees: null,
  };
}

export type SectionSlug = "child" | "parent" | "concerns" | "support" | "views" | "agreement";

export type SectionState = "completed" | "incomplete" | "not-started";

export interface AnswerRow {
  key: string;
  value: string;
  /** The server's name for the field, e.g. "child.given_names". */
  field: string;
}

export interface Section {
  slug: SectionSlug;
  title: string;
  /** The server's names for the fields it holds. */
  fields: string[];
  /** Shown under its name on the task list. */
  hint?: string;
  state: (content: RequestContent) => SectionState;
  rows: (content: RequestContent) => AnswerRow[];
}

const filled = (value: string | null | undefined) => Boolean(value?.trim());

function stateOf(required: boolean[], any: boolean[]): SectionState {
  if (required.every(Boolean)) return "completed";
  return any.some(Boolean) ? "incomplete" : "not-started";
}

const NOT_GIVEN = "Not given";
const text = (value: string) => (value.trim() ? value : NOT_GIVEN);

export const CHILD: Section = {
  slug: "child",
  title: "Child or young person",
  fields: [
    "child.given_names",
    "child.family_name",
    "child.born_on",
    "child.preferred_language",
    "child.looked_after",
    "child.parental_responsibility",
  ],
  state: ({ child }) =>
    stateOf(
      [filled(child.given_names), filled(child.family_name), Boolean(child.born_on)],
      [
        filled(child.given_names),
        filled(child.family_name),
        Boolean(child.born_on),
        filled(child.preferred_language),
        filled(child.parental_responsibility),
        child.looked_after,
      ],
    ),
  rows: ({ child }) => [
    { key: "First name", value: text(child.given_names), field: "child.given_names" },
    { key: "Last name", value: text(child.family_name), field: "child.family_name" },
    {
      key: "Date of birth",
      value: child.born_on ? formatDate(child.born_on) : NOT_GIVEN,
      field: "child.born_on",
    },
    {
      key: "Preferred language",
      value: child.preferred_language.trim() || "English",
      field: "child.preferred_language",
    },
    {
      key: "Looked after by a local authority",
      value: child.looked_after ? "Yes" : "No",
      field: "child.looked_after",
    },
    {
      key: "Who has parental responsibility",
      value: text(child.parental_responsibility),
      field: "child.parental_responsibility",
    },
  ],
};

export const PARENT: Section = {
  slug: "parent",
  title: "Parent or carer",
  fields: ["parent.name", "parent.relationship", "parent.email", "parent.phone", "parent.address"],
  state: ({ parent }) =>
    stateOf(
      [filled(parent.name), filled(parent.email) || filled(parent.phone)],
      [
        filled(parent.name),
        filled(parent.relationship),
        filled(parent.email),
        filled(parent.phone),
        filled(parent.address),
      ],
    ),
  rows: ({ parent }) => [
    { key: "Name", value: text(parent.name), field: "parent.name" },
    {
      key: "Relationship to the child",
      value: text(parent.relationship),
      field: "parent.relationship",
    },
    { key: "Email address", value: text(parent.email), field: "parent.email" },
    { key: "Phone number", value: text(parent.phone), field: "parent.phone" },
    { key: "Address", value: text(parent.address), field: "parent.address" },
  ],
};

export const CONCERNS: Section = {
  slug: "concerns",
  title: "Why an assessment is needed",
  fields: ["concerns"],
  state: (c) => stateOf([filled(c.concerns)], [filled(c.concerns)]),
  rows: (c) => [{ key: "Concerns", value: text(c.concerns), field: "concerns" }],
};

export const SUPPORT: Section = {
  slug: "support",
  title: "Support given so far",
  fields: ["support_so_far"],
  state: (c) => stateOf([filled(c.support_so_far)], [filled(c.support_so_far)]),
  rows: (c) => [
    { key: "Support and its effect", value: text(c.support_so_far), field: "support_so_far" },
  ],
};

export const VIEWS: Section = {
  slug: "views",
  title: "Views of the child and family",
  hint: "Optional, but it helps the local authority decide",
  fields: ["parent_views", "child_views"],
  state: (c) =>
    stateOf(
      [filled(c.parent_views), filled(c.child_views)],
      [filled(c.parent_views), filled(c.child_views)],
    ),
  rows: (c) => [
    { key: "Parent or carer's views", value: text(c.parent_views), field: "parent_views" },
    { key: "Child or young person's views", value: text(c.child_views), field: "child_views" },
  ],
};

export const AGREEMENT: Section = {
  slug: "agreement",
  title: "Parents' agreement",
  fields: ["parent_agrees"],
  state: (c) =>
    c.parent_agrees === true
      ? "completed"
      : c.parent_agrees === false
        ? "incomplete"
        : "not-started",
  rows: (c) => [
    {
      key: "The parents know about this request and agree to it",
      value: c.parent_agrees === true ? "Yes" : c.parent_agrees === false ? "No" : NOT_GIVEN,
      field: "parent_agrees",
    },
  ],
};

/** A setting's draft, in the order of its task list. */
export const SETTING_SECTIONS: Section[] = [CHILD, PARENT, CONCERNS, SUPPORT, VIEWS, AGREEMENT];

/** What a co-ordinator records from a request that came by post, email or on paper. */
export const RECORDED_SECTIONS: Section[] = [CHILD, PARENT, CONCERNS, SUPPORT, VIEWS];

export function sectionBySlug(slug: string | undefined): Section | undefined {
  return SETTING_SECTIONS.find((s) => s.slug === slug);
}

/** The section holding a field the server named, if any. */
export function sectionOfField(field: string): Section | undefined {
  return SETTING_SECTIONS.find((s) => s.fields.includes(field));
}

/**
 * The id of the input for a field the server names: "child.given_names" is
 * "child-given_names"; a date's is its day box.
 */
export function fieldId(field: string): string {
  const id = field.replaceAll(".", "-");
  return field.endsWith("_on") ? `${id}-day` : id;
}

/** Ids for `mapProblemToFieldErrors`, for every field of these sections. */
export function fieldIdsOf(sections: Section[], extra: string[] = []): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const field of [...sections.flatMap((s) => s.fields), ...extra]) ids[field] = fieldId(field);
  return ids;
}

export function childNameOf(content: RequestContent): string {
  return `${content.child.given_names.trim()} ${content.child.family_name.trim()}`.trim();
}

export const RECEIVED_VIA: { value: ReceivedVia; label: string }[] = [
  { value: "email", label: "By email" },
  { value: "post", label: "By post" },
  { value: "paper", label: "On paper, handed over in person" },
  { value: "online", label: "Online" },
];

export function receivedViaLabel(via: ReceivedVia | null | undefined): string {
  return RECEIVED_VIA.find((v) => v.value === via)?.label.toLowerCase() ?? "";
}

export const ROUTE_LABELS: Record<components["schemas"]["RequestRouteName"], string> = {
  setting: "An education setting",
  parent: "A parent or young person",
  coordinator: "Recorded by the local authority",
};
