import { Link } from 'react-router';
import { ContentPage, SupportEmail } from './ContentPage';

export function HelpPage() {
  return (
    <ContentPage title="Help using the Digital Marketplace" lede="Find answers to common questions, or contact us if you cannot find what you need.">
      <h2 className="govuk-heading-m">Buying</h2>
      <p className="govuk-body">
        Public sector organisations can{' '}
        <Link className="govuk-link" to="/g-cloud/search">
          search for cloud hosting, software and support
        </Link>{' '}
        on G-Cloud and buy directly from the supplier.
      </p>
      <p className="govuk-body">
        To hire a team, a digital specialist or user research participants, publish your requirements on Digital Outcomes and Specialists. Suppliers then apply and you choose
        between them. You can see{' '}
        <Link className="govuk-link" to="/digital-outcomes-and-specialists/opportunities">
          the requirements other buyers have published
        </Link>
        .
      </p>
      <p className="govuk-body">Before you buy, check that you have approval to spend and that the service meets your needs.</p>

      <h2 className="govuk-heading-m">Selling</h2>
      <p className="govuk-body">
        Suppliers apply to join a framework while it is open for applications. Read{' '}
        <Link className="govuk-link" to="/suppliers/supply">
          how to become a supplier
        </Link>{' '}
        to see which frameworks you can apply to now.
      </p>
      <p className="govuk-body">
        Buyers can find suppliers in the{' '}
        <Link className="govuk-link" to="/g-cloud/suppliers">
          G-Cloud supplier A to Z
        </Link>
        .
      </p>

      <h2 className="govuk-heading-m">Signing in</h2>
      <p className="govuk-body">
        If you have forgotten your password,{' '}
        <Link className="govuk-link" to="/reset-password">
          reset your password
        </Link>
        . We will email you a link that works for 24 hours.
      </p>
      <p className="govuk-body">After 5 wrong passwords in a row we lock your account to keep it safe. Resetting your password unlocks it.</p>

      <h2 className="govuk-heading-m">Contact us</h2>
      <p className="govuk-body">
        Email <SupportEmail /> with your question or with feedback about this service.
      </p>
    </ContentPage>
  );
}
