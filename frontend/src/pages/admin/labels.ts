// Plain-English words for the roles and account statuses the API names.
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
