// The plan's sections A to K as people read them: their titles, which part of
// the content each holds, the ids new items get (as the server makes them:
// "b3", "e2", "h2-1"), and the links between items in plain words ("Addresses
// need B1").
import type { NeedDoc, OutcomeDoc, PlanContent, PlanStatus, ProvisionDoc } from "./queries";

export type SectionLetter = "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h1" | "h2" | "i" | "j" | "k";

export type NeedsKey = "education_needs" | "health_needs" | "social_care_needs";
export type ProvisionKey =
  "education_provision" | "health_provision" | "csdpa_provision" | "other_social_care_provision";

export interface SectionInfo {
  letter: SectionLetter;
  title: string;
}

export const SECTIONS: SectionInfo[] = [
  { letter: "a", title: "Section A: Views, interests and aspirations" },
  { letter: "b", title: "Section B: Special educational needs" },
  { letter: "c", title: "Section C: Health needs" },
  { letter: "d", title: "Section D: Social care needs" },
  { letter: "e", title: "Section E: Outcomes" },
  { letter: "f", title: "Section F: Special educational provision" },
  { letter: "g", title: "Section G: Health provision" },
  { letter: "h1", title: "Section H1: Social care provision (s.2 CSDPA 1970)" },
  { letter: "h2", title: "Section H2: Other social care provision" },
  { letter: "i", title: "Section I: Placement" },
  { letter: "j", title: "Section J: Personal budget" },
  { letter: "k", title: "Section K: Advice and information" },
];

export function sectionTitle(letter: string): string {
  return SECTIONS.find((s) => s.letter === letter)?.title ?? `Section ${letter.toUpperCase()}`;
}

export const NEEDS: { letter: SectionLetter; key: NeedsKey; prefix: string; noun: string }[] = [
  { letter: "b", key: "education_needs", prefix: "b", noun: "special educational need" },
  { letter: "c", key: "health_needs", prefix: "c", noun: "health need" },
  { letter: "d", key: "social_care_needs", prefix: "d", noun: "social care need" },
];

export const PROVISIONS: { letter: SectionLetter; key: ProvisionKey; prefix: string }[] = [
  { letter: "f", key: "education_provision", prefix: "f" },
  { letter: "g", key: "health_provision", prefix: "g" },
  { letter: "h1", key: "csdpa_provision", prefix: "h1-" },
  { letter: "h2", key: "other_social_care_provision", prefix: "h2-" },
];

/** "B1", "H2-1": an item's id as the plan prints it. */
export function ref(id: string): string {
  return id.toUpperCase();
}

/** The next free id with `prefix` among `items`: "b3" after "b1" and "b2". */
export function nextId(prefix: string, items: { id: string }[]): string {
  let highest = 0;
  for (const item of items) {
    if (!item.id.startsWith(prefix)) continue;
    const n = Number(item.id.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

/** "Addresses need B1", "Addresses needs B1 and C2", or null. */
export function addressesText(outcome: OutcomeDoc): string | null {
  return linkText("Addresses need", "Addresses needs", outcome.need_ids);
}

/** "Serves outcome E1", "Serves outcomes E1 and E2", or null. */
export function servesText(provision: ProvisionDoc): string | null {
  return linkText("Serves outcome", "Serves outcomes", provision.outcome_ids);
}

function linkText(one: string, many: string, ids: string[]): string | null {
  if (ids.length === 0) return null;
  const refs = ids.map(ref);
  if (refs.length === 1) return `${one} ${refs[0]}`;
  return `${many} ${refs.slice(0, -1).join(", ")} and ${refs[refs.length - 1]}`;
}

export function allNeeds(content: PlanContent): NeedDoc[] {
  return [...content.education_needs, ...content.health_needs, ...content.social_care_needs];
}

/** A short label for choosing an item: "B1: Finds it hard to…". */
export function shortLabel(id: string, text: string): string {
  const trimmed = text.trim();
  const short = trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
  return short ? `${ref(id)}: ${short}` : ref(id);
}

/** The field a warning about an item links to in the editor. */
export function warningTarget(section: string, itemId: string): string {
  if (section === "e") return `${itemId}-description`;
  if (["b", "c", "d"].includes(section)) return `${itemId}-text`;
  if (["f", "g", "h1", "h2"].includes(section)) return `${itemId}-what`;
  if (section === "i") return "placement-setting";
  if (section === "j") return "personal_budget";
  if (section === "a") return "views";
  return `section-${section}`;
}

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: "Draft",
  shared: "Out for comments",
  final: "Final",
};

export const STATUS_COLOURS = { draft: "grey", shared: "blue", final: "green" } as const;

/**
 * The id of the input a server error's field names: "outcomes[0].need_ids[1]"
 * is the first checkbox of outcome E1's needs, "education_provision[2].who" is
 * the third provision's "who".
 */
export function fieldIdFor(field: string, content: PlanContent): string | undefined {
  if (field === "views" || field === "personal_budget") return field;
  if (field.startsWith("placement")) return "placement-setting";
  const match = /^(\w+)\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
  if (!match) return undefined;
  const [, key = "", index = "0", prop, subIndex, subProp] = match;
  const list = (content as unknown as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return undefined;
  const item = list[Number(index)] as { id?: string } | undefined;
  if (!item?.id) return undefined;
  if (!prop)
    return `${item.id}-${key === "outcomes" ? "description" : key.endsWith("needs") ? "text" : "what"}`;
  if (prop === "steps" && subIndex !== undefined) {
    return `${item.id}-step-${subIndex}-${subProp === "target_date" ? "target_date" : "text"}`;
  }
  return `${item.id}-${prop}`;
}
