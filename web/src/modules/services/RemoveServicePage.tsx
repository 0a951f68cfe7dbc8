import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { WarningText } from '../../ui/govuk/WarningText';
import { ErrorPage, PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isSupplier, RequireViewer } from '../../ui/session/guards';
import { MyServicesDocument, RemoveServiceDocument, serviceName } from './queries';
import { canRemove } from './SupplierServicePage';
import { useMyService } from './useMyService';

const useRemoveService = () => useFormMutation(RemoveServiceDocument, { refetchQueries: [MyServicesDocument], awaitRefetchQueries: true });

function RemoveService({ id }: { id: string }) {
  const { service, loading, missing, failed } = useMyService(id);
  const remove = useRemoveService();
  const navigate = useNavigate();
  // Set while the removal is asked: the answer makes the service no longer removable before the page moves on.
  const [removing, setRemoving] = useState(false);
  if (failed) return <ServiceProblem />;
  if (missing) return <PageNotFound />;
  if (loading || !service) return <p className="govuk-body">Loading…</p>;
  const name = serviceName(service.data);
  const back = `/suppliers/services/${service.id}`;
  if (!canRemove(service) && !removing) {
    return (
      <ErrorPage title="You cannot remove this service">
        <p className="govuk-body">
          {service.framework.family === 'G_CLOUD' ? 'Only a live service can be removed, and this one is not live.' : `${service.framework.name} services cannot be removed.`}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Back to {name}
          </Link>
        </p>
      </ErrorPage>
    );
  }

  const submit = async () => {
    setRemoving(true);
    if (await remove.submit({ id: service.id })) await navigate('/suppliers/services', flash(`${name} has been removed`));
    else setRemoving(false);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={remove.hasErrors}>{`Remove ${name}`}</Title>
        <BackLink href={back} text="Back" />
        <FormErrorSummary errors={remove.errors} submission={remove.submission} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">Are you sure you want to remove this service?</h1>
        <p className="govuk-body">Once it is removed:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>buyers will not be able to find it in search results or buy it</li>
          <li>its page will say that you stopped offering it, and when</li>
          <li>contracts buyers already have for it stay valid</li>
        </ul>
        <WarningText text="You cannot make the service live again yourself. You would need to contact the support team." />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="govuk-button-group">
            <Button type="submit" text="Yes, remove this service" classes="govuk-button--warning" disabled={remove.loading} />
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

/** S10: the supplier confirms removing one of its live G-Cloud services; the list then shows it as removed. */
export function RemoveServicePage() {
  const { id = '' } = useParams();
  return <RequireViewer allow={isSupplier}>{() => <RemoveService id={id} />}</RequireViewer>;
}
