// Plain-English words for what the API names: roles, account statuses, team
// services, setting phases and integration scopes.
import type { components } from "../../api/schema";
import type { TagColour } from "../../govuk/Tag";

export type RoleName = components["schemas"]["RoleName"];
export type AccountStatus = components["schemas"]["AccountStatus"];
export type UserSummary = components["schemas"]["UserSummary"];

export const ROLES: { value: RoleName; label: string; hint: string }[] = [
  {
    value: "case_coordinator",
    label: "Case co-ordinator",
    hint: "Works in the local authority's SEN team and runs assessments and plans",
  },
  {
    value: "contributor",
    label: "Contributor",
    hint: "Gives advice, for example an educational psychologist, health or social care professional",
  },
  {
    value: "setting",
    label: "Education setting",
    hint: "Works at a school, college or nursery, for example a SENCo or headteacher",
  },
  { value: "family", label: "Family", hint: "A parent, carer or young person" },
  {
    value: "administrator",
    label: "Administrator",
    hint: "Manages people's accounts for the local authority",
  },
];

export const STATUSES: { value: AccountStatus; label: string; colour: TagColour }[] = [
  { value: "invited", label: "Invited", colour: "blue" },
  { value: "active", label: "Active", colour: "green" },
  { value: "suspended", label: "Suspended", colour: "red" },
];

export function roleLabel(role: string): string {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

export function statusOf(status: string) {
  return (
    STATUSES.find((s) => s.value === status) ?? {
      value: status,
      label: status,
      colour: "grey" as TagColour,
    }
  );
}

export type UserTeam = components["schemas"]["UserTeam"];
export type UserSetting = components["schemas"]["UserSetting"];
export type ServiceName = components["schemas"]["ServiceName"];
export type PhaseName = components["schemas"]["PhaseName"];

export const SERVICES: { value: ServiceName; label: string }[] = [
  { value: "health", label: "Health" },
  { value: "social_care", label: "Social care" },
  { value: "education", label: "Education" },
  { value: "other", label: "Other" },
];

export const PHASES: { value: PhaseName; label: string }[] = [
  { value: "early_years", label: "Early years" },
  { value: "primary", label: "Primary" },
  { value: "secondary", label: "Secondary" },
  { value: "all_through", label: "All-through" },
  { value: "special", label: "Special school" },
  { value: "post_16", label: "Post-16 or college" },
  { value: "alternative_provision", label: "Alternative provision" },
  { value: "other", label: "Other" },
];

/** The job titles the service knows; staff may have any other title too. */
export const STAFF_TITLES = ["SENCo", "Headteacher"] as const;

export const SCOPES: { value: string; label: string; hint: string }[] = [
  {
    value: "cases:read",
    label: "Read cases",
    hint: "Cases, their deadlines and timelines (cases:read)",
  },
  {
    value: "users:read",
    label: "Read accounts",
    hint: "The list of people who have accounts (users:read)",
  },
  {
    value: "organisations:read",
    label: "Read teams and education settings",
    hint: "Teams, settings and who belongs to them (organisations:read)",
  },
];

export function serviceLabel(service: string): string {
  return SERVICES.find((s) => s.value === service)?.label ?? service;
}

export function phaseLabel(phase: string): string {
  return PHASES.find((p) => p.value === phase)?.label ?? phase;
}

export function scopeLabel(scope: string): string {
  return SCOPES.find((s) => s.value === scope)?.label ?? scope;
}

/** "Therapy Service (manager)" or "Riverside Primary School (SENCo)", one per team or setting. */
export function membershipsOf(user: Pick<UserSummary, "teams" | "settings">): string[] {
  return [
    ...user.teams.map((t) => (t.manager ? `${t.name} (manager)` : t.name)),
    ...user.settings.map((s) => `${s.name} (${s.title})`),
  ];
}
