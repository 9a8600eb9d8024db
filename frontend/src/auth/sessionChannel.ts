// Tabs of the same browser tell each other about the session with a
// BroadcastChannel: "Stay signed in" in one tab closes the warning in all of
// them, and signing out in one signs out all. Messages carry no personal data.
import type { SessionTimes } from "./session";

export const SESSION_CHANNEL_NAME = "ehc-hub-session";

export type SessionMessage =
  | { type: "extended"; times: SessionTimes }
  | { type: "signed-in" }
  | { type: "signed-out" }
  | { type: "timed-out" };

/** This tab's name on the channel: each tab ignores what it said itself. */
const THIS_TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export interface SessionChannel {
  post(message: SessionMessage): void;
  close(): void;
}

function isSessionMessage(value: unknown): value is SessionMessage {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === "extended") {
    const times = (value as { times?: Partial<SessionTimes> }).times;
    return typeof times?.idle_expires_at === "string" && typeof times.expires_at === "string";
  }
  return type === "signed-in" || type === "signed-out" || type === "timed-out";
}

/** Opens the channel; `onMessage` hears the other tabs (never this one, whichever part of it spoke). */
export function openSessionChannel(onMessage: (message: SessionMessage) => void): SessionChannel {
  if (typeof BroadcastChannel === "undefined") {
    return { post: () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(SESSION_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const from = (event.data as { from?: unknown } | null)?.from;
    if (from !== THIS_TAB && isSessionMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage({ ...message, from: THIS_TAB }),
    close: () => channel.close(),
  };
}

/** Tells the other tabs something, once. */
export function tellOtherTabs(message: SessionMessage): void {
  const channel = openSessionChannel(() => undefined);
  channel.post(message);
  channel.close();
}
