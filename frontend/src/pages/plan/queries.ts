// Reads of a case's EHC plan (the version the caller may see, the list of
// versions, one version, and the difference between two), each read only once
// any autosave of the draft still on its way has landed.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { savesLanded } from "../../autosave/savesInFlight";

export type PlanBody = components["schemas"]["PlanBody"];
export type PlanContent = components["schemas"]["PlanContentDoc"];
export type PlanChecks = components["schemas"]["PlanChecks"];
export type PlanWarning = components["schemas"]["PlanWarning"];
export type PlanStatus = components["schemas"]["PlanStatusName"];
export type PlanVersions = components["schemas"]["PlanVersions"];
export type PlanDiff = components["schemas"]["PlanDiff"];
export type NeedDoc = components["schemas"]["NeedDoc"];
export type OutcomeDoc = components["schemas"]["OutcomeDoc"];
export type ProvisionDoc = components["schemas"]["ProvisionDoc"];
export type StepDoc = components["schemas"]["StepDoc"];
export type Consultation = components["schemas"]["ConsultationBody"];
export type Representation = components["schemas"]["RepresentationBody"];

export const planKeys = {
  /** The plan as the caller sees it, and the prefix of everything else about it. */
  one: (caseId: string) => ["cases", "one", caseId, "plan"] as const,
  versions: (caseId: string) => ["cases", "one", caseId, "plan", "versions"] as const,
  version: (caseId: string, n: number) => ["cases", "one", caseId, "plan", "versions", n] as const,
  diff: (caseId: string, from: number, to: number) =>
    ["cases", "one", caseId, "plan", "diff", from, to] as const,
};

/** What the autosave of a case's draft plan is tracked by (see autosave/savesInFlight). */
export const planSaveKey = (caseId: string) => `case-plan:${caseId}`;

function refused(status: number, error: unknown): ApiError {
  return new ApiError(status, isProblem(error) ? error : undefined);
}

/**
 * The plan the caller may see; an ApiError with status 404 when there is none.
 * Pages that do not know yet whether there is one ask `usePlanVersions` first
 * and pass `enabled` (a 404 is an error in the browser's console).
 */
export function usePlan(caseId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.one(caseId),
    enabled,
    queryFn: async ({ signal }): Promise<PlanBody> => {
      await savesLanded(planSaveKey(caseId));
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/plan", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

export function usePlanVersions(caseId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.versions(caseId),
    enabled,
    queryFn: async ({ signal }): Promise<PlanVersions> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/plan/versions", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

/**
 * The plan as a page shows it: the list of versions first (an empty list when
 * there is none the caller may see), then the plan only if there is one, so
 * that "no plan yet" is never a 404 in the browser's console.
 */
export function useVisiblePlan(caseId: string) {
  const versions = usePlanVersions(caseId);
  const any = (versions.data?.items.length ?? 0) > 0;
  const plan = usePlan(caseId, any);
  return { versions, plan, any };
}

/** One version by its number; `n` null reads nothing. */
export function usePlanVersion(caseId: string, n: number | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.version(caseId, n ?? 0),
    enabled: n !== null,
    queryFn: async ({ signal }): Promise<PlanBody> => {
      const { data, error, response } = await client.GET(
        "/api/v1/cases/{id}/plan/versions/{version_no}",
        { params: { path: { id: caseId, version_no: n ?? 0 } }, signal },
      );
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

export function usePlanDiff(caseId: string, from: number, to: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.diff(caseId, from, to),
    enabled,
    queryFn: async ({ signal }): Promise<PlanDiff> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/plan/diff", {
        params: { path: { id: caseId }, query: { from, to } },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}
