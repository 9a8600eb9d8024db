// Reads of the advice API for these pages, one hook per read, all under the
// "advice" query key so that one invalidation refreshes every list after a change.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { Me } from "../../auth/session";
import type { AdviceRequest, AdviceResponse } from "./labels";

export const adviceKeys = {
  all: ["advice"] as const,
  request: (id: string) => ["advice", "request", id] as const,
  response: (id: string) => ["advice", "response", id] as const,
  caseRequests: (caseId: string) => ["advice", "case-requests", caseId] as const,
  mine: (userId: string) => ["advice", "mine", userId] as const,
};

function fail(error: unknown, status: number): never {
  throw new ApiError(status, isProblem(error) ? error : undefined);
}

export function useAdviceRequest(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: adviceKeys.request(id),
    queryFn: async ({ signal }): Promise<AdviceRequest> => {
      const { data, error, response } = await client.GET("/api/v1/advice-requests/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      return fail(error, response.status);
    },
  });
}

export function useAdviceResponse(id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: adviceKeys.response(id),
    enabled,
    // Read afresh each time the request is opened (nothing is kept once it is
    // left), and never refetched behind the back of someone editing it: it is
    // reloaded only when they ask, after someone else saved.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    queryFn: async ({ signal }): Promise<AdviceResponse> => {
      const { data, error, response } = await client.GET("/api/v1/advice-requests/{id}/response", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      return fail(error, response.status);
    },
  });
}

/** The requests on a case that the signed-in person may know about. */
export function useCaseAdviceRequests(caseId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: adviceKeys.caseRequests(caseId),
    enabled,
    queryFn: async ({ signal }): Promise<AdviceRequest[]> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/advice-requests", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data.items;
      return fail(error, response.status);
    },
  });
}

/** The case's summary: the case pages' own query, so the case page reads it once. */
export { useCase as useCaseSummary } from "../cases/queries";

/** A request the person answers: sent to them, allocated to them, or sent to a team they manage. */
export function isHeldBy(request: AdviceRequest, me: Pick<Me, "id">): boolean {
  if (request.recipient.kind === "person") return request.recipient.id === me.id;
  return (
    request.allocated_to.some((p) => p.user_id === me.id) ||
    (request.team_members !== null && request.team_members !== undefined)
  );
}

/**
 * The requests for advice the signed-in person answers (sent to them, allocated
 * to them, or sent to a team they manage): open ones first, soonest due first,
 * then the answered ones, latest first.
 */
export function useMyAdviceRequests(me: Me | null | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: adviceKeys.mine(me?.id ?? ""),
    enabled: Boolean(me),
    queryFn: async ({ signal }): Promise<AdviceRequest[]> => {
      const { data, error, response } = await client.GET("/api/v1/advice-requests", { signal });
      if (data) return data.items.filter((r) => r.kind === "advice");
      return fail(error, response.status);
    },
  });
}

/** A fresh Idempotency-Key: a retry of the same attempt sends the same one. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
