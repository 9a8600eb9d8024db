// TanStack Query hooks over the typed client, one per read the pages need.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "./client";
import { ApiError, isProblem } from "./problem";
import type { components } from "./schema";

export type ServiceInfo = components["schemas"]["ServiceInfo"];
export type Readiness = components["schemas"]["Readiness"];

export function useServiceInfo() {
  const client = useApiClient();
  return useQuery({
    queryKey: ["service-info"],
    queryFn: async ({ signal }): Promise<ServiceInfo> => {
      const { data, response } = await client.GET("/api/v1/service", { signal });
      if (!data) throw new ApiError(response.status);
      return data;
    },
    staleTime: Infinity,
  });
}

/** Readiness: `ready` with the database, or the problem the server gave (503). */
export type ReadinessResult =
  | { ready: true; readiness: Readiness }
  | { ready: false; status: number; detail: string | undefined };

export function useReadiness() {
  const client = useApiClient();
  return useQuery({
    queryKey: ["readyz"],
    queryFn: async ({ signal }): Promise<ReadinessResult> => {
      const { data, error, response } = await client.GET("/readyz", { signal });
      if (data) return { ready: true, readiness: data };
      return {
        ready: false,
        status: response.status,
        detail: isProblem(error) ? (error.detail ?? error.title) : undefined,
      };
    },
    retry: false,
  });
}
