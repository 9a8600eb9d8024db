// Reads of the accounts API for the administrators' pages.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { UserSummary } from "./labels";

export interface UserFilters {
  q: string;
  role: string;
  status: string;
  cursor: string;
}

export const PAGE_SIZE = 25;

export function useUserList(filters: UserFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: ["users", "list", filters],
    queryFn: async ({ signal }) => {
      const query: Record<string, string | number> = { limit: PAGE_SIZE };
      if (filters.q) query.q = filters.q;
      if (filters.role) query.role = filters.role;
      if (filters.status) query.status = filters.status;
      if (filters.cursor) query.cursor = filters.cursor;
      const { data, error, response } = await client.GET("/api/v1/users", {
        params: { query },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

export function userQueryKey(id: string) {
  return ["users", "one", id] as const;
}

export function useUser(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: userQueryKey(id),
    queryFn: async ({ signal }): Promise<UserSummary> => {
      const { data, error, response } = await client.GET("/api/v1/users/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
