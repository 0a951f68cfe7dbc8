import { Link } from 'react-router';
import { ContentPage, SupportEmail } from './ContentPage';

export function PrivacyNoticePage() {
  return (
    <ContentPage title="Privacy notice" lede="How the Digital Marketplace uses the personal information you give it, and your rights over it.">
      <h2 className="govuk-heading-m">What information we collect</h2>
      <p className="govuk-body">When you create an account we collect:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>your name and work email address</li>
        <li>your phone number, if you are a buyer and choose to give it</li>
        <li>the supplier you work for, if you are a supplier</li>
      </ul>
      <p className="govuk-body">When you use the service we also keep:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>what you publish or submit, such as requirements, applications and service descriptions</li>
        <li>a record of important actions, such as signing in, changing details or awarding a contract, with who did them and when</li>
        <li>
          the cookies described on the{' '}
          <Link className="govuk-link" to="/cookies">
            cookies page
          </Link>
        </li>
      </ul>

      <h2 className="govuk-heading-m">Why we need it</h2>
      <p className="govuk-body">We use your information to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>give you an account and keep it secure</li>
        <li>let buyers find suppliers and let suppliers apply for opportunities</li>
        <li>send you emails about your account, your applications and your requirements</li>
        <li>check that public money is spent fairly, by keeping a record of buying decisions</li>
      </ul>
      <p className="govuk-body">We process it to carry out a task in the public interest: running a service that helps the public sector buy goods and services.</p>

      <h2 className="govuk-heading-m">What other people can see</h2>
      <p className="govuk-body">
        Some information is published on purpose. Anyone can see a supplier’s name, summary and contact details, their services, and the requirements buyers publish. Do not put
        personal information in these unless you are happy for it to be public.
      </p>
      <p className="govuk-body">Buyers can see the applications suppliers make to their requirements once applications have closed.</p>

      <h2 className="govuk-heading-m">Who we share it with</h2>
      <p className="govuk-body">
        We use other organisations to run parts of the service, such as hosting and sending email. They only handle your information on our instructions. We do not sell your
        information or use it for marketing.
      </p>

      <h2 className="govuk-heading-m">How long we keep it</h2>
      <p className="govuk-body">We keep your account details while your account is active. Records of buying decisions are kept for longer, so that they can be checked later.</p>

      <h2 className="govuk-heading-m">Your rights</h2>
      <p className="govuk-body">You can ask:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>for a copy of the information we hold about you</li>
        <li>us to correct information that is wrong</li>
        <li>us to delete information, or to stop using it, where the law allows</li>
      </ul>
      <p className="govuk-body">
        To do this, email <SupportEmail />.
      </p>
      <p className="govuk-body">
        If you are not happy with how we have used your information, you can complain to the{' '}
        <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
          Information Commissioner’s Office (ICO)
        </a>
        .
      </p>
    </ContentPage>
  );
}
