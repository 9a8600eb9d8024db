// The two kinds of views on a case, in the family's words, and who may write them.
import type { CaseSection } from "../../api/upload";
import type { components } from "../../api/schema";

type RoleName = components["schemas"]["RoleName"];
export type ViewsKind = components["schemas"]["ViewsKind"];
export type ViewsBody = components["schemas"]["ViewsBody"];
export type CaseViews = components["schemas"]["CaseViews"];

export interface KindText {
  kind: ViewsKind;
  /** The section's heading, as the family knows it. */
  heading: string;
  /** Where its photos, videos and documents go. */
  section: CaseSection;
  /** The question the textarea asks. */
  label: string;
  hint: string;
}

export const KINDS: Record<ViewsKind, KindText> = {
  child: {
    kind: "child",
    heading: "About me",
    section: "child_views",
    label: "What the child or young person wants to say, in their own words",
    hint: "What I like, what I'm good at, what I find hard, what helps me, what I want in the future",
  },
  parent: {
    kind: "parent",
    heading: "My parent's or carer's views",
    section: "parent_views",
    label: "What you want to say as a parent or carer",
    hint: "Your child's strengths, what worries you, what has helped, what you hope for",
  },
};

export function isViewsKind(value: string | undefined): value is ViewsKind {
  return value === "child" || value === "parent";
}

/** The kind whose photos go in `section`, if it is one of the views. */
export function kindOfSection(section: string | null): KindText | undefined {
  return Object.values(KINDS).find((k) => k.section === section);
}

/** The family writes the views; a setting or the co-ordinator may write them on their behalf. */
export function mayWriteViews(role: RoleName | undefined): boolean {
  return role === "family" || role === "setting" || role === "case_coordinator";
}

/** Adding to the case's evidence: the same people. */
export const mayAddToCase = mayWriteViews;
