// Who is signed in, and the session's deadlines. The session itself lives in an
// HttpOnly cookie that JavaScript never sees; the SPA only asks the server.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "../api/client";
import { ApiError, isProblem } from "../api/problem";
import type { components } from "../api/schema";

export type Me = components["schemas"]["Me"];
export type SessionTimes = components["schemas"]["SessionTimes"];

export const ME_QUERY_KEY = ["me"] as const;

/** The signed-in person, or `null` when nobody is (401). Counts as activity on the server. */
export function useMe() {
  const client = useApiClient();
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async ({ signal }): Promise<Me | null> => {
      const { data, error, response } = await client.GET("/api/v1/me", { signal });
      if (data) return data;
      if (response.status === 401) return null;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** What the passive session check found. */
export type SessionCheck =
  { state: "live"; times: SessionTimes } | { state: "ended" } | { state: "unknown" };

/** Asks when the session ends without counting as activity (GET /auth/session). */
export async function checkSession(client: ApiClient): Promise<SessionCheck> {
  try {
    const { data, response } = await client.GET("/api/v1/auth/session");
    if (data) return { state: "live", times: data };
    if (response.status === 401) return { state: "ended" };
    return { state: "unknown" };
  } catch {
    return { state: "unknown" };
  }
}

/** Forget everything about the person who was signed in (cached answers included). */
export function forgetSignedInPerson(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "service-info" });
  queryClient.setQueryData(ME_QUERY_KEY, null);
}
