// The page template of govuk-frontend (skip link, header, phase banner, main,
// footer) around whichever route is showing, and, while someone is signed in,
// the time-out warning.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, type ReactNode } from "react";
import { Outlet } from "react-router";
import { useServiceInfo } from "../api/queries";
import { ME_QUERY_KEY, useMe } from "../auth/session";
import { openSessionChannel } from "../auth/sessionChannel";
import { SessionTimeout } from "../auth/SessionTimeout";
import { useSignOut } from "../auth/useEndSession";
import { Footer } from "../govuk/Footer";
import { Header } from "../govuk/Header";
import { PhaseBanner } from "../govuk/PhaseBanner";
import { useUnreadCount } from "../pages/notifications/queries";
import { SkipLink } from "../govuk/SkipLink";
import { SERVICE_NAME } from "./service";

/** A tab showing a signed-out page learns when another tab signs in. */
function useSignInElsewhere(signedIn: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (signedIn) return;
    const channel = openSessionChannel((message) => {
      if (message.type === "signed-in") {
        void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      }
    });
    return () => channel.close();
  }, [queryClient, signedIn]);
}

export function Layout({ children }: { children?: ReactNode }) {
  const serviceInfo = useServiceInfo();
  const organisationName = serviceInfo.data?.la_name;
  const me = useMe().data ?? undefined;
  const signOut = useSignOut();
  const unreadCount = useUnreadCount(Boolean(me)).data;
  useSignInElsewhere(Boolean(me));
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header
          organisationName={organisationName}
          serviceName={SERVICE_NAME}
          signedInAs={me?.display_name}
          adminLinks={me?.role === "administrator"}
          requestLinks={me?.role === "setting" || me?.role === "case_coordinator"}
          adviceLinks={me?.role === "contributor" || me?.role === "setting"}
          unreadCount={me ? unreadCount : undefined}
          onSignOut={() => void signOut()}
        />
        <PhaseBanner tag="Beta">
          This is a new service. If something does not work as you expect, tell your local
          authority&apos;s SEN team.
        </PhaseBanner>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          {children ?? <Outlet />}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer organisationName={organisationName} version={serviceInfo.data?.version} />
      </footer>
      {me ? (
        <SessionTimeout key={`${me.id} ${me.session.expires_at}`} initialTimes={me.session} />
      ) : null}
    </>
  );
}
