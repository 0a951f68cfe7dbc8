import { Link, useNavigate, useParams } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { SummaryList } from '../../../ui/govuk/SummaryList';
import { WarningText } from '../../../ui/govuk/WarningText';
import { PageNotFound, ServiceProblem } from '../../../ui/pages/ErrorPages';
import { RequireViewer, type Viewer } from '../../../ui/session/guards';
import { useRemoveContributor, useSupplierTeam } from './team';

function Confirm({ viewer }: { viewer: Viewer }) {
  const { id } = useParams();
  const { data, error } = useSupplierTeam();
  const remove = useRemoveContributor();
  const navigate = useNavigate();
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  // Only a colleague of the same supplier, never yourself: anyone else is "not found".
  const user = data.viewer?.supplier?.users?.find((u) => u.id === id);
  if (!user || user.id === viewer.id) return <PageNotFound />;

  const submit = async () => {
    if (!(await remove.submit({ id: user.id }))) return;
    await navigate('/suppliers/users', { replace: true, ...flash(`${user.name} has been removed as a contributor`) });
  };

  const title = `Are you sure you want to remove ${user.name}?`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={remove.hasErrors}>Remove a contributor</Title>
        <BackLink href="/suppliers/users" text="Back to contributors" />
        <FormErrorSummary errors={remove.errors} submission={remove.submission} />
        <h1 className="govuk-heading-l">{title}</h1>
        <SummaryList
          rows={[
            { key: { text: 'Name' }, value: { text: user.name } },
            { key: { text: 'Email address' }, value: { text: user.email } },
          ]}
        />
        <WarningText text="They will no longer be able to sign in. To give them access again, you will need to invite them again or contact support." iconFallbackText="Warning" />
        <div className="govuk-button-group">
          <Button text="Remove contributor" classes="govuk-button--warning" disabled={remove.loading} onClick={() => void submit()} />
          <Link to="/suppliers/users" className="govuk-link">
            Cancel
          </Link>
        </div>
      </div>
    </div>
  );
}

/** S4: the confirmation before a colleague is removed from the supplier. */
export function RemoveContributorPage() {
  return <RequireViewer allow={(v) => v.role === 'SUPPLIER'}>{(viewer) => <Confirm viewer={viewer} />}</RequireViewer>;
}
