// Reads of the cases API for the case file and the list of cases, and the
// look-ups a co-ordinator makes from them (co-ordinators, families, setting
// staff and settings to choose from).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { queryOf, type TrayView } from "./trayView";

export type CaseSummary = components["schemas"]["CaseSummary"];
export type CaseChild = components["schemas"]["CaseChild"];
export type CaseListItem = components["schemas"]["CaseListItem"];
export type CasePage = components["schemas"]["CasePage"];
export type TrayDeadline = components["schemas"]["TrayDeadline"];
export type CaseDeadlines = components["schemas"]["CaseDeadlines"];
export type Deadline = components["schemas"]["DeadlineView"];
export type TimelineEntry = components["schemas"]["TimelineEntry"];
export type NoteBody = components["schemas"]["NoteBody"];
export type CaseFlag = components["schemas"]["CaseFlag"];
export type AccessGrant = components["schemas"]["AccessGrant"];
export type PartyKind = components["schemas"]["PartyKind"];
export type DecisionKind = components["schemas"]["DecisionKind"];
export type Person = components["schemas"]["UserSummary"];
export type Setting = components["schemas"]["SettingBody"];

export const CASES_PAGE_SIZE = 25;

export const caseKeys = {
  all: ["cases"] as const,
  list: (view: TrayView) => ["cases", "list", view] as const,
  /** The summary, and the prefix of everything else read about the case. */
  one: (id: string) => ["cases", "one", id] as const,
  deadlines: (id: string) => ["cases", "one", id, "deadlines"] as const,
  /** Every view of the timeline (the prefix of each filtered one). */
  timeline: (id: string) => ["cases", "one", id, "timeline"] as const,
  /** The timeline showing only entries of `kind` ("" for all of them). */
  timelineOf: (id: string, kind: string) => ["cases", "one", id, "timeline", kind] as const,
  access: (id: string) => ["cases", "one", id, "access"] as const,
};

function refused(status: number, error: unknown): ApiError {
  return new ApiError(status, isProblem(error) ? error : undefined);
}

/**
 * A page of a work tray: the tray, search, filters, order and cursor of `view`
 * (see trayView.ts). The previous page stays on screen while the next loads.
 */
export function useCaseList(view: TrayView) {
  const client = useApiClient();
  return useQuery({
    queryKey: caseKeys.list(view),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<CasePage> => {
      const { data, error, response } = await client.GET("/api/v1/cases", {
        params: { query: queryOf(view, CASES_PAGE_SIZE) },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

export function useCase(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: async ({ signal }): Promise<CaseSummary> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

export function useCaseDeadlines(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: caseKeys.deadlines(id),
    queryFn: async ({ signal }): Promise<CaseDeadlines> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/deadlines", {
        params: { path: { id } },
        signal,
      });
      if (data) return data;
      throw refused(response.status, error);
    },
  });
}

/** The timeline; `kind` (e.g. "case,plan") keeps only entries of those kinds, "" all. */
export function useCaseTimeline(id: string, kind = "") {
  const client = useApiClient();
  return useQuery({
    queryKey: caseKeys.timelineOf(id, kind),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<TimelineEntry[]> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/timeline", {
        params: { path: { id }, query: kind ? { kind } : {} },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** Who the case is granted to; a 404 means the caller may not see the names. */
export function useCaseAccess(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: caseKeys.access(id),
    queryFn: async ({ signal }): Promise<AccessGrant[]> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/access", {
        params: { path: { id } },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** Active case co-ordinators, to allocate a case to (co-ordinators may list accounts). */
export function useCoordinators() {
  const client = useApiClient();
  return useQuery({
    queryKey: ["users", "list", "coordinators"],
    queryFn: async ({ signal }): Promise<Person[]> => {
      const { data, error, response } = await client.GET("/api/v1/users", {
        params: { query: { role: "case_coordinator", status: "active", limit: 100 } },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** Accounts of one role whose name or email contains `q` (the first 25). */
export function usePeople(role: "family" | "setting", q: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ["users", "list", "choose", role, q],
    enabled,
    queryFn: async ({ signal }): Promise<Person[]> => {
      const query: { role: string; limit: number; q?: string } = { role, limit: 25 };
      if (q) query.q = q;
      const { data, error, response } = await client.GET("/api/v1/users", {
        params: { query },
        signal,
      });
      // Suspended accounts cannot be given a case.
      if (data) return data.items.filter((person) => person.status !== "suspended");
      throw refused(response.status, error);
    },
  });
}

/** Education settings whose name or URN contains `q` (the first 25). */
export function useSettings(q: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ["settings", "list", "choose", q],
    enabled,
    queryFn: async ({ signal }): Promise<Setting[]> => {
      const query: { limit: number; q?: string } = { limit: 25 };
      if (q) query.q = q;
      const { data, error, response } = await client.GET("/api/v1/education-settings", {
        params: { query },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** Every education setting, following the pages (for choosing the child's setting). */
export function useAllSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: ["settings", "every"],
    queryFn: async ({ signal }): Promise<Setting[]> => {
      const settings: Setting[] = [];
      let cursor: string | undefined;
      do {
        const query: { limit: number; cursor?: string } = { limit: 100 };
        if (cursor) query.cursor = cursor;
        const { data, error, response } = await client.GET("/api/v1/education-settings", {
          params: { query },
          signal,
        });
        if (!data) throw refused(response.status, error);
        settings.push(...data.items);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
      return settings;
    },
  });
}
