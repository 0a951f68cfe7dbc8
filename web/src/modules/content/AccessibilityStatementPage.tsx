import { ContentPage, SupportEmail } from './ContentPage';

/**
 * A8 accessibility statement for this service: what it aims for (WCAG 2.2 AA), how it is tested,
 * and what is known not to be accessible. Keep it true when those change.
 */
export function AccessibilityStatementPage() {
  return (
    <ContentPage title="Accessibility statement for the Digital Marketplace">
      <p className="govuk-body">This statement applies to the Digital Marketplace website, where the public sector buys digital and cloud services and suppliers sell them.</p>
      <p className="govuk-body">We want as many people as possible to be able to use this website. For example, you should be able to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>get around the website using just a keyboard</li>
        <li>use the website with a screen reader</li>
      </ul>
      <p className="govuk-body">We have also made the text as simple as we can.</p>

      <h2 className="govuk-heading-m">How accessible this website is</h2>
      <p className="govuk-body">We know some parts of this website are not fully accessible:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>the website needs JavaScript: without it, pages do not load</li>
        <li>documents that suppliers upload, such as service definitions and pricing documents, may not be accessible, because suppliers write them</li>
        <li>if you do nothing for several hours, we sign you out without warning you first, and you may lose answers you have not saved</li>
      </ul>

      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you need information on this website in a different format, or you find a problem not listed on this page, email <SupportEmail />. Tell us the web address of the page
        and what the problem is.
      </p>

      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations for public sector websites. If you are not happy with how we
        respond to your complaint, contact the{' '}
        <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
          Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>

      <h2 className="govuk-heading-m">Technical information about this website’s accessibility</h2>
      <p className="govuk-body">
        We are committed to making our website accessible, in line with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>

      <h3 className="govuk-heading-s">Compliance status</h3>
      <p className="govuk-body">
        This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard, because of the problems listed below.
      </p>

      <h3 className="govuk-heading-s">Non-accessible content</h3>
      <p className="govuk-body">
        Documents uploaded by suppliers may not meet WCAG 2.2 success criteria, for example 1.1.1 (non-text content) and 1.3.1 (info and relationships). We do not check them.
      </p>
      <p className="govuk-body">
        We sign you out after a period without activity and do not warn you first or let you ask for more time. This fails WCAG 2.2 success criterion 2.2.1 (timing adjustable).
      </p>

      <h2 className="govuk-heading-m">How we test this website</h2>
      <p className="govuk-body">We build the website from the GOV.UK Design System’s components and patterns, which are researched and tested with disabled people.</p>
      <p className="govuk-body">
        Every change is tested automatically in a web browser: our tests go through the journeys people make, such as searching, signing in and creating an account, and check every
        page they reach with axe-core against the WCAG 2.2 A and AA rules. This includes forms showing error messages. A change that adds a problem axe-core finds fails these
        tests. Some journeys, such as signing in, are also tested using only a keyboard.
      </p>
      <p className="govuk-body">
        Automated tools find only some accessibility problems. We have not yet had the website audited by accessibility specialists or tested it with every assistive technology, so
        there may be problems we do not know about.
      </p>

      <h2 className="govuk-heading-m">Preparation of this accessibility statement</h2>
      <p className="govuk-body">This statement was prepared on 2 December 2026.</p>
    </ContentPage>
  );
}
