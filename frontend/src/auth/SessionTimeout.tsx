// Watches the session's idle deadline while someone is signed in and shows the
// time-out warning two minutes before it (ui.md). It asks the server with the
// passive GET /auth/session (which does not count as activity) just before
// warning and again at the deadline, so activity in another tab or any other
// request that renewed the session is taken into account. Tabs share what
// happens through a BroadcastChannel.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { useApiClient } from "../api/client";
import { toLocalTime } from "../api/serverClock";
import { checkSession, ME_QUERY_KEY, type SessionTimes } from "./session";
import { openSessionChannel, tellOtherTabs } from "./sessionChannel";
import { TimeoutDialog } from "./TimeoutDialog";
import { useEndSession, useSignOut } from "./useEndSession";

/** The warning shows this long before the deadline. */
export const WARNING_BEFORE_MS = 2 * 60_000;
/** Past the deadline the server still said "live" (clocks differ): ask again this soon. */
const RECHECK_MS = 5_000;
/** The server could not be reached: try again this soon. */
const RETRY_MS = 15_000;

type Phase = "waiting" | "warning" | "dismissed";

function deadlineOf(times: SessionTimes): { at: number; final: boolean } {
  const idle = toLocalTime(times.idle_expires_at);
  const absolute = toLocalTime(times.expires_at);
  return { at: Math.min(idle, absolute), final: absolute <= idle };
}

function sameTimes(a: SessionTimes, b: SessionTimes): boolean {
  return a.idle_expires_at === b.idle_expires_at && a.expires_at === b.expires_at;
}

export function SessionTimeout({ initialTimes }: { initialTimes: SessionTimes }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const endSession = useEndSession();
  const signOut = useSignOut();
  const location = useLocation();
  const [times, setTimes] = useState(initialTimes);
  const [phase, setPhase] = useState<Phase>("waiting");
  const [now, setNow] = useState(() => Date.now());
  // Bumped when the tab comes back into view: timers may have been held back.
  const [wake, setWake] = useState(0);
  const ending = useRef(false);
  const here = useRef("/");
  useEffect(() => {
    here.current = `${location.pathname}${location.search}${location.hash}`;
  }, [location]);

  const { at: deadline, final } = deadlineOf(times);

  const timedOut = useCallback(() => {
    if (ending.current) return;
    ending.current = true;
    tellOtherTabs({ type: "timed-out" });
    void endSession("timed-out", here.current);
  }, [endSession]);

  /** New deadlines from the server or another tab. */
  const updateTimes = useCallback((next: SessionTimes) => {
    setTimes((current) => (sameTimes(current, next) ? current : next));
    setPhase((current) =>
      Date.now() < deadlineOf(next).at - WARNING_BEFORE_MS ? "waiting" : current,
    );
  }, []);

  // What the other tabs say.
  useEffect(() => {
    const channel = openSessionChannel((message) => {
      switch (message.type) {
        case "extended":
          updateTimes(message.times);
          break;
        case "signed-out":
          if (!ending.current) {
            ending.current = true;
            void endSession("signed-out");
          }
          break;
        case "timed-out":
          if (!ending.current) {
            ending.current = true;
            void endSession("timed-out", here.current);
          }
          break;
        case "signed-in":
          // Someone signed in afresh in another tab: the cookie is theirs now.
          void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
          break;
      }
    });
    return () => channel.close();
  }, [endSession, queryClient, updateTimes]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") setWake((n) => n + 1);
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, []);

  // The next moment that matters: just before the warning, or the deadline.
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number, reason: "warn" | "deadline") => {
      timer = setTimeout(() => void check(reason), Math.max(0, delay));
    };
    const check = async (reason: "warn" | "deadline") => {
      const result = await checkSession(client);
      if (cancelled) return;
      if (result.state === "ended") return timedOut();
      if (result.state === "unknown") return schedule(RETRY_MS, reason);
      if (!sameTimes(result.times, times)) return updateTimes(result.times);
      if (reason === "warn") {
        setNow(Date.now());
        return setPhase("warning");
      }
      schedule(RECHECK_MS, "deadline");
    };
    const t = Date.now();
    if (phase === "waiting") schedule(deadline - WARNING_BEFORE_MS - t, "warn");
    else schedule(deadline - t, "deadline");
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, deadline, phase, times, timedOut, updateTimes, wake]);

  // The countdown on screen.
  useEffect(() => {
    if (phase !== "warning") return;
    const interval = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(interval);
  }, [phase]);

  const staySignedIn = useCallback(async () => {
    if (final) {
      setPhase("dismissed");
      return;
    }
    try {
      const { data, response } = await client.POST("/api/v1/auth/session/extend");
      if (data) {
        updateTimes(data);
        setPhase("waiting");
        tellOtherTabs({ type: "extended", times: data });
      } else if (response.status === 401) {
        timedOut();
      }
    } catch {
      // Not reachable: the warning stays, and the deadline check decides.
    }
  }, [client, final, timedOut, updateTimes]);

  if (phase !== "warning") return null;
  return (
    <TimeoutDialog
      remainingMs={Math.max(0, deadline - now)}
      final={final}
      onStaySignedIn={() => void staySignedIn()}
      onSignOut={() => {
        ending.current = true;
        void signOut();
      }}
    />
  );
}
