// Where each field of the advice template lives: the server names a field by
// its JSON path ("areas.health.outcomes[0].steps[1].text"); the page it is on
// and the id of its input follow from that path. Also what each section of the
// task list still needs before the advice can be submitted (the server checks
// again on submit and names every missing field).
import { AREAS, BACKGROUND, areaByKey, type AdviceContent, type AreaAdvice } from "./labels";

/** The id of the input for a server field path: "areas-health-outcomes-0-steps-1-text". */
export function fieldId(path: string): string {
  return path.replace(/[.[\]]+/g, "-").replace(/-+$/, "");
}

/** The section page (relative to the request) where a field is answered. */
export function sectionOf(path: string): string {
  if (path.startsWith("on_behalf_of")) return "on-behalf-of";
  if (path.startsWith("will_provide")) return "will-provide";
  if (path.startsWith("background")) return "background";
  const area = /^areas\.([a-z_]+)/.exec(path);
  if (area?.[1]) {
    const found = areaByKey(area[1]);
    if (found) return `areas/${found.slug}`;
  }
  return "check";
}

export type SectionStatus = "not_started" | "incomplete" | "completed" | "not_needed";

const blank = (text: string | undefined) => !text || text.trim() === "";

export function onBehalfStatus(content: AdviceContent): SectionStatus {
  const other = content.on_behalf_of;
  if (!other) return "completed";
  return blank(other.name) || blank(other.job_title) ? "incomplete" : "completed";
}

export function willProvideStatus(content: AdviceContent): SectionStatus {
  if (!content.will_provide) {
    return blank(content.will_provide_details) ? "not_started" : "incomplete";
  }
  if (content.will_provide === "no_other" && blank(content.will_provide_details)) {
    return "incomplete";
  }
  return "completed";
}

export function backgroundStatus(content: AdviceContent): SectionStatus {
  const b = content.background;
  if (BACKGROUND.every((q) => blank(b[q.key]))) return "not_started";
  return BACKGROUND.some((q) => q.required && blank(b[q.key])) ? "incomplete" : "completed";
}

export function isEmptyArea(area: AreaAdvice): boolean {
  return blank(area.strengths) && blank(area.needs) && area.outcomes.length === 0;
}

/** An empty area means "not an area of need"; one with outcomes needs its parts described. */
export function areaStatus(area: AreaAdvice): SectionStatus {
  if (isEmptyArea(area)) return "not_needed";
  if (area.outcomes.length > 0 && blank(area.needs)) return "incomplete";
  const partsMissing = area.outcomes.some(
    (o) =>
      blank(o.description) ||
      o.steps.some((s) => blank(s.text)) ||
      o.provisions.some((p) => blank(p.description)),
  );
  return partsMissing ? "incomplete" : "completed";
}

/** Every section is ready for submission. */
export function readyToSubmit(content: AdviceContent): boolean {
  return (
    onBehalfStatus(content) === "completed" &&
    willProvideStatus(content) === "completed" &&
    backgroundStatus(content) === "completed" &&
    AREAS.every((a) => areaStatus(content.areas[a.key]) !== "incomplete")
  );
}

/** An empty template, as the server gives one before anything is saved. */
export function emptyContent(): AdviceContent {
  const area = (): AreaAdvice => ({ strengths: "", needs: "", outcomes: [] });
  return {
    on_behalf_of: null,
    will_provide: null,
    will_provide_details: "",
    background: {
      first_contact: "",
      discussions_with_child: "",
      discussions_with_parents: "",
      support_in_place: "",
      effect_of_support: "",
    },
    areas: {
      communication_and_interaction: area(),
      cognition_and_learning: area(),
      social_emotional_and_mental_health: area(),
      sensory_and_physical: area(),
      health: area(),
      social_care: area(),
    },
  };
}
