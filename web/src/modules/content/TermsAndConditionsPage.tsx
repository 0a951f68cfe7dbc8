import { Link } from 'react-router';
import { ContentPage, SupportEmail } from './ContentPage';

export function TermsAndConditionsPage() {
  return (
    <ContentPage title="Terms and conditions" lede="By using the Digital Marketplace you agree to these terms. Read them before you create an account.">
      <h2 className="govuk-heading-m">Your account</h2>
      <p className="govuk-body">
        Keep your password to yourself and do not share your account. Tell us straight away at <SupportEmail /> if you think someone else has used it.
      </p>
      <p className="govuk-body">We may suspend or close an account that is used to break these terms or the law.</p>

      <h2 className="govuk-heading-m">What you publish</h2>
      <p className="govuk-body">
        You are responsible for what you publish, such as requirements, service descriptions and applications. It must be accurate, and must not be misleading, offensive or include
        anything you do not have the right to share.
      </p>
      <p className="govuk-body">
        Suppliers’ services and documents are their own descriptions. We check that applications meet the framework’s rules, but buyers should check that a service meets their
        needs before buying it.
      </p>

      <h2 className="govuk-heading-m">Buying and selling</h2>
      <p className="govuk-body">
        Contracts are made between buyers and suppliers under the terms of the framework agreement and call-off contract. The Digital Marketplace is not a party to them.
      </p>

      <h2 className="govuk-heading-m">Using this website</h2>
      <p className="govuk-body">
        We try to keep the website available and correct, but we cannot promise it will always be available or free from errors. We are not liable for loss caused by using it or by
        relying on what it says, unless the law says we must be.
      </p>
      <p className="govuk-body">Do not try to get into parts of the service you are not allowed to use, or disrupt the service for others.</p>

      <h2 className="govuk-heading-m">Your information</h2>
      <p className="govuk-body">
        The{' '}
        <Link className="govuk-link" to="/privacy-notice">
          privacy notice
        </Link>{' '}
        explains how we use your personal information, and the{' '}
        <Link className="govuk-link" to="/cookies">
          cookies page
        </Link>{' '}
        explains the cookies we use.
      </p>

      <h2 className="govuk-heading-m">Changes to these terms</h2>
      <p className="govuk-body">We may change these terms. If you keep using the website after a change, you accept the new terms.</p>

      <h2 className="govuk-heading-m">Law</h2>
      <p className="govuk-body">These terms are governed by the law of England and Wales.</p>
    </ContentPage>
  );
}
