// Reads of the teams API for the administrators' pages.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";

export type Team = components["schemas"]["TeamBody"];
export type TeamMember = components["schemas"]["TeamMemberBody"];

export interface ListFilters {
  q: string;
  cursor: string;
}

export const LIST_PAGE_SIZE = 25;

/** The most a form's list of every team or setting asks for per request. */
export const ALL_PAGE_SIZE = 100;

export const teamKeys = {
  all: ["teams"] as const,
  list: (filters: ListFilters) => ["teams", "list", filters] as const,
  every: ["teams", "every"] as const,
  one: (id: string) => ["teams", "one", id] as const,
  members: (id: string) => ["teams", "members", id] as const,
};

export function useTeamList(filters: ListFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: teamKeys.list(filters),
    queryFn: async ({ signal }) => {
      const query: { limit: number; q?: string; cursor?: string } = { limit: LIST_PAGE_SIZE };
      if (filters.q) query.q = filters.q;
      if (filters.cursor) query.cursor = filters.cursor;
      const { data, error, response } = await client.GET("/api/v1/teams", {
        params: { query },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

/** Every team, following the pages (for the invite form's checkboxes). */
export function useEveryTeam(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: teamKeys.every,
    enabled,
    queryFn: async ({ signal }) => {
      const teams: Team[] = [];
      let cursor: string | undefined;
      do {
        const query: { limit: number; cursor?: string } = { limit: ALL_PAGE_SIZE };
        if (cursor) query.cursor = cursor;
        const { data, error, response } = await client.GET("/api/v1/teams", {
          params: { query },
          signal,
        });
        if (!data) throw new ApiError(response.status, isProblem(error) ? error : undefined);
        teams.push(...data.items);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
      return teams;
    },
  });
}

export function useTeam(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: teamKeys.one(id),
    queryFn: async ({ signal }): Promise<Team> => {
      const { data, error, response } = await client.GET("/api/v1/teams/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

function membersQuery(client: ReturnType<typeof useApiClient>, id: string) {
  return {
    queryKey: teamKeys.members(id),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<TeamMember[]> => {
      const { data, error, response } = await client.GET("/api/v1/teams/{id}/members", {
        params: { path: { id } },
        signal,
      });
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  };
}

export function useTeamMembers(id: string) {
  const client = useApiClient();
  return useQuery(membersQuery(client, id));
}

/**
 * How many members each listed team has. The teams API has no count, so this
 * reads each listed team's members (one page of teams, at most 25 requests).
 */
