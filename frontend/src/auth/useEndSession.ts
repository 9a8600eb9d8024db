// Leaving the signed-in state, whichever way it happens: the person signs out
// (here or in another tab), or the session times out.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { useApiClient } from "../api/client";
import { forgetRecoveryCodes } from "./recoveryCodes";
import { forgetSignedInPerson } from "./session";
import { tellOtherTabs } from "./sessionChannel";
import { withReturnTo } from "./returnTo";

export type SessionEnd = "signed-out" | "timed-out";

/** Shows the right page, then forgets who was signed in. */
export function useEndSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (how: SessionEnd, returnTo?: string) => {
      forgetRecoveryCodes();
      // Move to the public page first, so that a page which needs sign-in does
      // not send the person to the sign-in page on the way.
      const page = how === "signed-out" ? "/signed-out" : "/timed-out";
      await navigate(returnTo ? withReturnTo(page, returnTo) : page);
      forgetSignedInPerson(queryClient);
    },
    [navigate, queryClient],
  );
}

/** The "Sign out" button's action: ends the session on the server and in every tab. */
export function useSignOut() {
  const client = useApiClient();
  const endSession = useEndSession();
  return useCallback(async () => {
    try {
      // 204, or 401 when the session had already ended: signed out either way.
      await client.POST("/api/v1/auth/sign-out");
    } catch {
      // The server could not be reached; the session still ends when it times out.
    }
    tellOtherTabs({ type: "signed-out" });
    await endSession("signed-out");
  }, [client, endSession]);
}
