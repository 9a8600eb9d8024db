// Message templates for the administrators' pages: the read of every message
// type, and the plain-English names of message types and placeholders (the API
// gives their keys).
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";

export type MessageTemplate = components["schemas"]["MessageTemplate"];
export type Wording = components["schemas"]["Wording"];

export const TEMPLATES_KEY = ["message-templates"] as const;

export function useTemplates() {
  const client = useApiClient();
  return useQuery({
    queryKey: TEMPLATES_KEY,
    queryFn: async ({ signal }) => {
      const { data, error, response } = await client.GET("/api/v1/admin/message-templates", {
        signal,
      });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

const NAMES: Record<string, string> = {
  invitation: "Invitation to the service",
  sign_in_code: "Sign-in code",
  password_reset: "Password reset link",
  password_changed: "Password changed",
  two_factor_reset: "Sign-in codes reset by an administrator",
  second_factor_changed: "Way of getting sign-in codes changed",
  case_deadline_approaching: "Case deadline approaching",
  case_deadline_overdue: "Case deadline passed",
  advice_requested: "Advice requested",
  advice_allocated: "Advice request allocated",
  advice_reminder: "Advice reminder",
  advice_overdue: "Advice overdue",
  advice_submitted: "Advice submitted",
  decision_to_assess: "Decision to assess",
  decision_not_to_assess: "Decision not to assess",
  draft_plan_ready: "Draft plan ready",
  consultation_request: "Consultation with a school or college",
  final_plan_issued: "Final plan issued",
  review_meeting_invitation: "Annual review meeting invitation",
  views_requested: "Views requested",
  review_decision: "Annual review decision",
};

/** "Advice requested" for `advice_requested`; an unknown key is spelt out. */
export function templateName(key: string): string {
  const known = NAMES[key];
  if (known) return known;
  const words = key.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function channelLabel(channel: string): string {
  return channel === "sms" ? "Text message" : "Email";
}

const PLACEHOLDERS: Record<string, string> = {
  case_reference: "the case reference, like EHC-2026-000042",
  due_date: "the date something is due, like 3 March 2027",
  expires_on: "the date a link or invitation stops working",
  meeting_date: "the date of the meeting",
  meeting_time: "the time of the meeting, like 10:30",
  sign_in_link: "the link into the service",
  code: "the sign-in code",
  minutes_valid: "how many minutes the code or link works for",
  la_name: "the local authority's name",
  advice_type: "the kind of advice asked for, like educational psychology",
  review_outcome: "what was decided at the annual review",
  deadline: "the name of the statutory deadline",
};

export function placeholderDescription(name: string): string | undefined {
  return PLACEHOLDERS[name];
}
