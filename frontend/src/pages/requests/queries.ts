// Reads of the requests-for-assessment API. A draft is read only after any
// autosave still on its way has landed, so a page opened just after another
// one saved never starts from an older version (which would look like someone
// else's change).
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import type { AssessmentRequest } from "./content";

export type RequestList = components["schemas"]["AssessmentRequestList"];

export const requestKeys = {
  all: ["assessment-requests"] as const,
  list: ["assessment-requests", "list"] as const,
  one: (id: string) => ["assessment-requests", "one", id] as const,
};

const savesInFlight = new Map<string, Set<Promise<unknown>>>();

/** Remembers a save of draft `id` until it has landed. */
export function trackSave(id: string, save: Promise<unknown>): void {
  const saves = savesInFlight.get(id) ?? new Set();
  saves.add(save);
  savesInFlight.set(id, saves);
  void save.finally(() => {
    saves.delete(save);
    if (saves.size === 0) savesInFlight.delete(id);
  });
}

/** Resolves once every save of draft `id` has landed (or failed). */
export async function savesLanded(id: string): Promise<void> {
  const saves = savesInFlight.get(id);
  if (saves) await Promise.allSettled([...saves]);
}

/** The If-Match value for a version the server gave. */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

export function useRequestList() {
  const client = useApiClient();
  return useQuery({
    queryKey: requestKeys.list,
    queryFn: async ({ signal }): Promise<RequestList> => {
      const { data, error, response } = await client.GET("/api/v1/assessment-requests", {
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

export function useAssessmentRequest(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: async ({ signal }): Promise<AssessmentRequest> => {
      await savesLanded(id);
      const { data, error, response } = await client.GET("/api/v1/assessment-requests/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
    // A draft open in two tabs must not be refreshed under the typing.
    refetchOnWindowFocus: false,
  });
}
