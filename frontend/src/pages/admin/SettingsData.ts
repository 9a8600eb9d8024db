// Reads of the education settings API for the administrators' pages.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { ALL_PAGE_SIZE, LIST_PAGE_SIZE, type ListFilters } from "./TeamsData";

export type Setting = components["schemas"]["SettingBody"];
export type StaffMember = components["schemas"]["StaffMemberBody"];

export const settingKeys = {
  all: ["settings"] as const,
  list: (filters: ListFilters) => ["settings", "list", filters] as const,
  every: ["settings", "every"] as const,
  one: (id: string) => ["settings", "one", id] as const,
  staff: (id: string) => ["settings", "staff", id] as const,
};

export function useSettingList(filters: ListFilters) {
  const client = useApiClient();
  return useQuery({
    queryKey: settingKeys.list(filters),
    queryFn: async ({ signal }) => {
      const query: { limit: number; q?: string; cursor?: string } = { limit: LIST_PAGE_SIZE };
      if (filters.q) query.q = filters.q;
      if (filters.cursor) query.cursor = filters.cursor;
      const { data, error, response } = await client.GET("/api/v1/education-settings", {
        params: { query },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

/** Every setting, following the pages (for the invite form's list). */
export function useEverySetting(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: settingKeys.every,
    enabled,
    queryFn: async ({ signal }) => {
      const settings: Setting[] = [];
      let cursor: string | undefined;
      do {
        const query: { limit: number; cursor?: string } = { limit: ALL_PAGE_SIZE };
        if (cursor) query.cursor = cursor;
        const { data, error, response } = await client.GET("/api/v1/education-settings", {
          params: { query },
          signal,
        });
        if (!data) throw new ApiError(response.status, isProblem(error) ? error : undefined);
        settings.push(...data.items);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
      return settings;
    },
  });
}

export function useSetting(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: settingKeys.one(id),
    queryFn: async ({ signal }): Promise<Setting> => {
      const { data, error, response } = await client.GET("/api/v1/education-settings/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}

export function useSettingStaff(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: settingKeys.staff(id),
    queryFn: async ({ signal }): Promise<StaffMember[]> => {
      const { data, error, response } = await client.GET(
        "/api/v1/education-settings/{id}/members",
        { params: { path: { id } }, signal },
      );
      if (data) return data.items;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
