// The authority's header: govuk-frontend's generic header (no crown, no GOV.UK
// logotype) carrying the authority's name, then the service navigation, which
// shows who is signed in, their notifications with the unread count, and a
// "Sign out" button when someone is.
import { Link } from "react-router";

interface HeaderProps {
  organisationName: string | undefined;
  serviceName: string;
  /** The signed-in person's name, when someone is signed in. */
  signedInAs?: string;
  onSignOut?: () => void;
  /** Links shown only to administrators. */
  adminLinks?: boolean;
  /** How many of the signed-in person's notifications are unread, once known. */
  unreadCount?: number;
  /** "Requests" (for settings and co-ordinators) beside "Cases". */
  requestLinks?: boolean;
  /** "Requests for advice" (for those asked for advice: contributors and setting staff). */
  adviceLinks?: boolean;
}

export function Header({
  organisationName,
  serviceName,
  signedInAs,
  onSignOut,
  adminLinks = false,
  unreadCount,
  requestLinks = false,
  adviceLinks = false,
}: HeaderProps) {
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
            {signedInAs ? (
              <nav aria-label="Case work" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  <li className="govuk-service-navigation__item">
                    <Link to="/cases" className="govuk-service-navigation__link">
                      Cases
                    </Link>
                  </li>
                  {requestLinks ? (
                    <li className="govuk-service-navigation__item">
                      <Link to="/requests" className="govuk-service-navigation__link">
                        Requests
                      </Link>
                    </li>
                  ) : null}
                  {adviceLinks ? (
                    <li className="govuk-service-navigation__item">
                      <Link to="/advice-requests" className="govuk-service-navigation__link">
                        Requests for advice
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            {signedInAs && adminLinks ? (
              <nav aria-label="Administration" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/users" className="govuk-service-navigation__link">
                      Users
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/teams" className="govuk-service-navigation__link">
                      Teams
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/settings" className="govuk-service-navigation__link">
                      Education settings
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link
                      to="/admin/integration-clients"
                      className="govuk-service-navigation__link"
                    >
                      Integration clients
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/mailbox" className="govuk-service-navigation__link">
                      Mailbox
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/templates" className="govuk-service-navigation__link">
                      Templates
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/letter-templates" className="govuk-service-navigation__link">
                      Letter wording
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/failed-messages" className="govuk-service-navigation__link">
                      Failed messages
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/admin/documents/redact" className="govuk-service-navigation__link">
                      Redact a document
                    </Link>
                  </li>
                </ul>
              </nav>
            ) : null}
            {signedInAs ? (
              <nav aria-label="Your account" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  <li className="govuk-service-navigation__item">
                    <Link to="/notifications" className="govuk-service-navigation__link">
                      Notifications
                      {unreadCount ? (
                        <>
                          {" "}
                          <strong className="govuk-tag govuk-tag--red">{unreadCount}</strong>{" "}
                          <span className="govuk-visually-hidden">unread</span>
                        </>
                      ) : null}
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <Link to="/account" className="govuk-service-navigation__link">
                      {signedInAs}
                      <span className="govuk-visually-hidden">: your account</span>
                    </Link>
                  </li>
                  <li className="govuk-service-navigation__item">
                    <button
                      type="button"
                      className="govuk-service-navigation__link app-link-button"
                      onClick={onSignOut}
                    >
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            ) : null}
          </div>
        </div>
      </section>
    </>
  );
}
