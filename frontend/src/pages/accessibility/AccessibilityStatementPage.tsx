import { useServiceInfo } from "../../api/queries";
import { Page } from "../../app/Page";

export function AccessibilityStatementPage() {
  const organisationName = useServiceInfo().data?.la_name ?? "The local authority";
  return (
    <Page title="Accessibility statement" heading="Accessibility statement for EHC hub">
      <p className="govuk-body">
        This statement applies to EHC hub, the service {organisationName} uses for education, health
        and care (EHC) needs assessments and plans.
      </p>
      <p className="govuk-body">
        This website is run by {organisationName}. We want as many people as possible to be able to
        use it. For example, that means you should be able to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use it on a phone with a screen as narrow as 320 pixels</li>
        <li>get around it using just a keyboard</li>
        <li>get around it using speech recognition software</li>
        <li>listen to it using a screen reader</li>
      </ul>
      <p className="govuk-body">We have also made the text as simple as possible to understand.</p>

      <h2 className="govuk-heading-m">How accessible this website is</h2>
      <p className="govuk-body">
        We test every page with automated accessibility checks, at desktop and phone sizes, each
        time the service changes. Automated checks do not find every problem, and this service has
        not yet had a full audit by an accessibility specialist.
      </p>

      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you need information from this service in a different format, like large print, easy
        read, audio or braille, or in another language, contact the special educational needs (SEN)
        team at {organisationName}. Tell us what you need.
      </p>

      <h2 className="govuk-heading-m">Reporting accessibility problems with this website</h2>
      <p className="govuk-body">
        We are always looking to improve the accessibility of this website. If you find any problems
        not listed on this page or think we are not meeting accessibility requirements, contact the
        SEN team at {organisationName}.
      </p>

      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
        &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your
        complaint, contact the{" "}
        <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
          Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>

      <h2 className="govuk-heading-m">Compliance status</h2>
      <p className="govuk-body">
        This website aims to be fully compliant with the Web Content Accessibility Guidelines
        version 2.2 AA standard.
      </p>
    </Page>
  );
}
