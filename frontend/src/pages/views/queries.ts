// The views on a case: read with the case (a refresh of the case refreshes
// them), and only once any autosave of them still on its way has landed.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import { savesLanded } from "../../autosave/savesInFlight";
import type { CaseViews } from "./kinds";

export const viewsKey = (caseId: string) => ["cases", "one", caseId, "views"] as const;

/** What the autosave of a case's views is tracked by (see autosave/savesInFlight). */
export const viewsSaveKey = (caseId: string) => `case-views:${caseId}`;

export function useCaseViews(caseId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: viewsKey(caseId),
    queryFn: async ({ signal }): Promise<CaseViews> => {
      await savesLanded(viewsSaveKey(caseId));
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/views", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
