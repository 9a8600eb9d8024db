// Reads of the integration clients API. The secret is never read back: only
// the answer to creating a client carries it.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";

export type ClientSummary = components["schemas"]["ClientSummary"];

export const CLIENTS_KEY = ["api-clients"] as const;

export function useClients() {
  const client = useApiClient();
  return useQuery({
    queryKey: CLIENTS_KEY,
    queryFn: async ({ signal }): Promise<ClientSummary[]> => {
      const { data, error, response } = await client.GET("/api/v1/api-clients", { signal });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
