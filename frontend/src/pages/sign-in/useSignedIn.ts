// What happens once the second step succeeds: the person is known, the other
// tabs are told, and they go where they were going (after seeing their
// recovery codes, when they have just set up a second factor).
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import type { components } from "../../api/schema";
import { holdRecoveryCodes } from "../../auth/recoveryCodes";
import { withReturnTo } from "../../auth/returnTo";
import { ME_QUERY_KEY, type Me } from "../../auth/session";
import { tellOtherTabs } from "../../auth/sessionChannel";

type SignedInResponse = components["schemas"]["SignedInResponse"];

export function useSignedIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (me: Me, goTo: string) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
      tellOtherTabs({ type: "signed-in" });
      await navigate(goTo, { replace: true });
    },
    [navigate, queryClient],
  );
}

/** After confirming a new second factor: signed in, then the recovery codes, once. */
export function useSignedInAfterSetUp() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (response: SignedInResponse, returnTo: string) => {
      holdRecoveryCodes(response.recovery_codes);
      queryClient.removeQueries({ queryKey: ["authenticator-app-set-up"] });
      queryClient.setQueryData(ME_QUERY_KEY, response.me);
      tellOtherTabs({ type: "signed-in" });
      await navigate(withReturnTo("/sign-in/recovery-codes", returnTo), { replace: true });
    },
    [navigate, queryClient],
  );
}
