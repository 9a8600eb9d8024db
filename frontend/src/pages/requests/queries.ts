// Reads of the requests-for-assessment API. A draft is read only after any
// autosave still on its way has landed, so a page opened just after another
// one saved never starts from an older version (which would look like someone
// else's change).
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { savesLanded } from "../../autosave/savesInFlight";
import type { AssessmentRequest } from "./content";

export type RequestList = components["schemas"]["AssessmentRequestList"];

export const requestKeys = {
  all: ["assessment-requests"] as const,
  list: ["assessment-requests", "list"] as const,
  one: (id: string) => ["assessment-requests", "one", id] as const,
};

/** What the autosave of draft `id` is tracked by (see autosave/savesInFlight). */
export const draftSaveKey = (id: string) => `assessment-request:${id}`;

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
      await savesLanded(draftSaveKey(id));
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
