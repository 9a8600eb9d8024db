import { SkipLink as GovukSkipLink } from "govuk-frontend";
import { useRef, type ReactNode } from "react";
import { useGovukComponent } from "./useGovukComponent";

interface SkipLinkProps {
  href?: string;
  children?: ReactNode;
}

export function SkipLink({
  href = "#main-content",
  children = "Skip to main content",
}: SkipLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukComponent(ref, GovukSkipLink);
  return (
    <a ref={ref} href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}
