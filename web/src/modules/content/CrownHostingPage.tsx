import { Link } from 'react-router';
import { ContentPage } from './ContentPage';

/** A8 crown hosting: physical datacentre space is not bought on this website: where to go instead. */
export function CrownHostingPage() {
  return (
    <ContentPage title="Find physical datacentre space" caption="Crown Hosting Data Centres">
      <p className="govuk-body">
        Public sector organisations can rent secure space in UK datacentres for their own servers and equipment through the Crown Hosting Data Centres agreement. This is sometimes
        called colocation.
      </p>
      <p className="govuk-body">It can suit systems that cannot move to the cloud yet, or that need to stay on equipment you own.</p>

      <h2 className="govuk-heading-m">What you can get</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>space in racks, cages or private rooms, with power and cooling</li>
        <li>physical security suitable for government systems</li>
        <li>connections to government and public networks</li>
        <li>space that can grow or shrink as your needs change</li>
      </ul>

      <h2 className="govuk-heading-m">How to buy it</h2>
      <p className="govuk-body">
        You cannot buy datacentre space on the Digital Marketplace. Contact the{' '}
        <a className="govuk-link" href="https://www.crowncommercial.gov.uk/">
          Crown Commercial Service
        </a>{' '}
        to find out whether the agreement suits your organisation and how to use it.
      </p>

      <h2 className="govuk-heading-m">If you want cloud hosting instead</h2>
      <p className="govuk-body">
        If you do not need to keep your own equipment,{' '}
        <Link className="govuk-link" to="/g-cloud/search?lot=cloud-hosting">
          find cloud hosting on G-Cloud
        </Link>
        .
      </p>
    </ContentPage>
  );
}
