// The views on a case: read with the case (a refresh of the case refreshes them).
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { CaseViews } from "./kinds";

export const viewsKey = (caseId: string) => ["cases", "one", caseId, "views"] as const;

export function useCaseViews(caseId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: viewsKey(caseId),
    queryFn: async ({ signal }): Promise<CaseViews> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/views", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
