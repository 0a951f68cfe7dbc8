import { Flash } from '../../../ui/app/flash';
import { Title } from '../../../ui/app/Title';
import { Breadcrumbs } from '../../../ui/govuk/Breadcrumbs';
import { Button } from '../../../ui/govuk/Button';
import { Link } from 'react-router';
import { Table } from '../../../ui/govuk/Table';
import { PageNotFound, ServiceProblem } from '../../../ui/pages/ErrorPages';
import { RequireViewer, type Viewer } from '../../../ui/session/guards';
import { useSupplierTeam } from './team';

function Team({ viewer }: { viewer: Viewer }) {
  const { data, error } = useSupplierTeam();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const supplier = data.viewer?.supplier;
  if (!supplier?.users) return <PageNotFound />;
  // You first, then your colleagues by name (as the API lists them); one just removed is left out.
  const active = supplier.users.filter((u) => u.active);
  const users = [...active.filter((u) => u.id === viewer.id), ...active.filter((u) => u.id !== viewer.id)];

  return (
    <>
      <Breadcrumbs items={[{ text: 'Digital Marketplace', href: '/' }, { text: 'Your account', href: '/suppliers' }, { text: 'Contributors' }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>Invite or remove contributors</Title>
          <Flash />
          <span className="govuk-caption-l">{supplier.name}</span>
          <h1 className="govuk-heading-l">Invite or remove contributors</h1>
          <p className="govuk-body">Contributors can do everything you can: change your company details, apply to frameworks, edit your services and respond to opportunities.</p>
          <Button href="/suppliers/invite-user" text="Invite a contributor" classes="govuk-button--secondary" />
        </div>
      </div>
      <Table
        caption="Contributors"
        captionClasses="govuk-table__caption--m"
        head={[{ text: 'Name' }, { text: 'Email address' }, { text: <span className="govuk-visually-hidden">Action</span> }]}
        rows={users.map((u) => [
          { text: u.id === viewer.id ? `${u.name} (you)` : u.name },
          { text: u.email },
          {
            text:
              u.id === viewer.id ? null : (
                <Link to={`/suppliers/users/${u.id}/remove`} className="govuk-link">
                  Remove<span className="govuk-visually-hidden"> {u.name}</span>
                </Link>
              ),
            format: 'numeric',
          },
        ])}
        attributes={{ 'data-testid': 'contributors' }}
      />
    </>
  );
}

/** S4: the supplier's active users; invite a colleague or remove one (never yourself). */
export function ContributorsPage() {
  return <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>{(viewer) => <Team viewer={viewer} />}</RequireViewer>;
}
