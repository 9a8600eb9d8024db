// Every route renders its content inside <Page>: it sets the document title and,
// after a navigation inside the app, moves focus to the page's main heading so
// that screen reader users hear where they have arrived (a full page load
// leaves focus at the top, where the skip link is).
import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { useServiceInfo } from "../api/queries";
import { pageTitle } from "./service";

let navigatedInApp = false;

interface PageProps {
  /** The page's name in the document title; usually the same as the heading. */
  title: string;
  /** The visible <h1>; defaults to the title. */
  heading?: ReactNode;
  /** A caption shown above the heading. */
  caption?: ReactNode;
  children: ReactNode;
}

export function Page({ title, heading, caption, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const serviceInfo = useServiceInfo();
  const organisationName = serviceInfo.data?.la_name;

  useEffect(() => {
    document.title = pageTitle(title, organisationName);
  }, [title, organisationName]);

  useEffect(() => {
    // The first history entry has the key "default"; any later one means the
    // user moved within the app.
    if (location.key !== "default") navigatedInApp = true;
    if (navigatedInApp) headingRef.current?.focus();
    // Only on arrival: a change of hash (e.g. the skip link) is not a new page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l app-focus-target" tabIndex={-1} ref={headingRef}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
