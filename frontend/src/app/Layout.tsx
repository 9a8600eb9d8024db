// The page template of govuk-frontend (skip link, header, phase banner, main,
// footer) around whichever route is showing.
import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { useServiceInfo } from "../api/queries";
import { Footer } from "../govuk/Footer";
import { Header } from "../govuk/Header";
import { PhaseBanner } from "../govuk/PhaseBanner";
import { SkipLink } from "../govuk/SkipLink";
import { SERVICE_NAME } from "./service";

export function Layout({ children }: { children?: ReactNode }) {
  const serviceInfo = useServiceInfo();
  const organisationName = serviceInfo.data?.la_name;
  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <Header organisationName={organisationName} serviceName={SERVICE_NAME} />
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
    </>
  );
}
