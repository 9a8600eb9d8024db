// Letter templates for the administrators' pages: the read of every letter (and
// the plan's front page) with its default and current wording, and plain-English
// descriptions of the values a letter's wording may use.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";

export type LetterTemplate = components["schemas"]["LetterTemplateView"];
export type LetterWording = components["schemas"]["LetterWording"];
export type LetterPreview = components["schemas"]["LetterPreview"];
export type LetterPreviewBlock = components["schemas"]["LetterPreviewBlock"];

export const LETTER_TEMPLATES_KEY = ["letter-templates"] as const;

export function useLetterTemplates() {
  const client = useApiClient();
  return useQuery({
    queryKey: LETTER_TEMPLATES_KEY,
    queryFn: async ({ signal }): Promise<LetterTemplate[]> => {
      const { data, error, response } = await client.GET("/api/v1/admin/letter-templates", {
        signal,
      });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

const PLACEHOLDERS: Record<string, string> = {
  la_name: "the local authority's name",
  case_reference: "the case reference, like EHC-2026-000042",
  child_name: "the child or young person's name",
  child_date_of_birth: "their date of birth, like 4 June 2016",
  letter_date: "the letter's date: the day of the decision, or the day the plan was issued",
  reasons: "why the local authority decided as it did",
  coordinator_name: "the case co-ordinator's name",
  plan_due: "the last day for the final plan",
  mediation_by: "the last day to contact the mediation adviser",
  appeal_by: "the last day to appeal to the tribunal",
  plan_version: "the plan's version number",
  review_due: "the date the first annual review is due by",
  named_setting: "the school or other setting named in section I",
};

export function letterPlaceholderDescription(name: string): string | undefined {
  return PLACEHOLDERS[name];
}
