// govuk-frontend's footer without the crown, the Open Government Licence and
// Crown copyright: this service is run by a local authority, not on GOV.UK.
import { Link } from "react-router";

interface FooterProps {
  organisationName: string | undefined;
  version: string | undefined;
}

export function Footer({ organisationName, version }: FooterProps) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" to="/accessibility">
                  Accessibility statement
                </Link>
              </li>
            </ul>
            <div className="govuk-footer__meta-custom">
              {organisationName ? (
                <p className="app-footer__meta">This service is run by {organisationName}.</p>
              ) : null}
              {version ? <p className="app-footer__meta">Version {version}</p> : null}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
