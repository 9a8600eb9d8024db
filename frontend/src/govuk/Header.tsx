// The authority's header: govuk-frontend's generic header (no crown, no GOV.UK
// logotype) carrying the authority's name, then the service navigation.
import { Link } from "react-router";

interface HeaderProps {
  organisationName: string | undefined;
  serviceName: string;
}

export function Header({ organisationName, serviceName }: HeaderProps) {
  return (
    <>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            {organisationName ? (
              <Link to="/" className="govuk-generic-header__homepage-link">
                {organisationName}
              </Link>
            ) : null}
          </div>
        </div>
      </div>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link to="/" className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            </span>
          </div>
        </div>
      </section>
    </>
  );
}
