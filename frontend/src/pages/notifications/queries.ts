// Reads of the signed-in person's in-app notifications: the unread count the
// header keeps fresh, and the inbox a page at a time. The count comes from a
// passive endpoint, so a tab left open polling it still times out.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { components } from "../../api/schema";

export type Notification = components["schemas"]["Notification"];

/** Everything about notifications: invalidate it after marking any read. */
export const NOTIFICATIONS_KEY = ["notifications"] as const;
export const UNREAD_COUNT_KEY = ["notifications", "unread-count"] as const;

/** How often the header asks again while the tab is showing (and on focus). */
export const UNREAD_COUNT_REFRESH_MS = 60_000;

export const INBOX_PAGE_SIZE = 20;

/** The number of unread notifications, while someone is signed in. */
export function useUnreadCount(signedIn: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async ({ signal }): Promise<number> => {
      const { data, error, response } = await client.GET("/api/v1/me/notifications/unread-count", {
        signal,
      });
      if (data) return data.unread_count;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
    enabled: signedIn,
    refetchInterval: UNREAD_COUNT_REFRESH_MS,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** One page of the inbox, newest first; `cursor` is the previous page's `next_cursor`. */
export function useInbox(cursor: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "list", cursor],
    queryFn: async ({ signal }) => {
      const query: { limit: number; cursor?: string } = { limit: INBOX_PAGE_SIZE };
      if (cursor) query.cursor = cursor;
      const { data, error, response } = await client.GET("/api/v1/me/notifications", {
        params: { query },
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });
}
