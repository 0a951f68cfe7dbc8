import { type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, FormErrorSummary, PageNotFound, ServiceProblem, Title, WarningText, flash, type Viewer } from '@dm/web/ui';
import { NotAllowedPage, RequireTask } from '../../app/RequireTask';
import { isNotThere as notThere } from '@dm/web/ui';
import { useSupplierServices, useSuspendSupplierServices } from './queries';
import { CHANGES_SERVICES, byFramework, isSuspendAction, type SuspendAction } from './serviceAdmin';

const COPY: Record<SuspendAction, { title: (fw: string) => string; button: string; done: (n: number, name: string, fw: string) => string }> = {
  suspend: {
    title: (fw) => `Are you sure you want to suspend all of this supplier’s ${fw} services?`,
    button: 'Suspend services',
    done: (n, name, fw) => `${n === 1 ? '1 service' : `${n} services`} of ${name} on ${fw} suspended. Search results take a few minutes to catch up.`,
  },
  unsuspend: {
    title: (fw) => `Are you sure you want to publish this supplier’s suspended ${fw} services again?`,
    button: 'Unsuspend services',
    done: (n, name, fw) => `${n === 1 ? '1 service' : `${n} services`} of ${name} on ${fw} published again. Search results take a few minutes to catch up.`,
  },
};

function Confirm({ id, slug, action }: { id: string; slug: string; action: SuspendAction }) {
  const { data, error } = useSupplierServices(id);
  const run = useSuspendSupplierServices();
  const navigate = useNavigate();
  if (error && notThere(error)) return <PageNotFound />;
  if (error && !data) return <ServiceProblem />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { supplier } = data;
  const framework = byFramework(supplier.services).find((f) => f.slug === slug);
  if (!framework || framework.status !== 'LIVE') return <PageNotFound />;
  const back = `/suppliers/${supplier.id}/services`;
  const copy = COPY[action];
  const affected = framework.services.filter((s) => s.status === (action === 'suspend' ? 'PUBLISHED' : 'DISABLED')).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (run.loading) return;
    const done = await run.submit({ supplierId: supplier.id, frameworkSlug: slug, suspended: action === 'suspend' });
    if (done) await navigate(back, flash(copy.done(done.setSupplierServicesSuspended.length, supplier.name, framework.name)));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={run.hasErrors}>{`${copy.button} of ${supplier.name}`}</Title>
        <BackLink href={back} text="Back to the services" />
        <FormErrorSummary errors={run.errors} submission={run.submission} />
        <span className="govuk-caption-l">{supplier.name}</span>
        <h1 className="govuk-heading-l">{copy.title(framework.name)}</h1>
        {affected === 0 ? (
          <p className="govuk-body">There is nothing to change: the services have changed since the list was shown.</p>
        ) : action === 'suspend' ? (
          <WarningText
            text={`${affected === 1 ? 'Its 1 live service' : `Its ${affected} live services`} on ${framework.name} will be removed from the Digital Marketplace: buyers can no longer find or buy them, and the supplier cannot change them.`}
          />
        ) : (
          <>
            <p className="govuk-body">
              {affected === 1 ? 'The 1 service' : `The ${affected} services`} that the Crown Commercial Service suspended on {framework.name} will be live again.
            </p>
            <p className="govuk-body">Services the supplier removed itself stay removed.</p>
          </>
        )}
        <form noValidate onSubmit={(e) => void submit(e)}>
          <div className="govuk-button-group">
            <Button type="submit" text={copy.button} classes={action === 'suspend' ? 'govuk-button--warning' : undefined} disabled={run.loading || affected === 0} />
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

function Page({ viewer }: { viewer: Viewer }) {
  const { id = '', framework = '', action } = useParams();
  if (!CHANGES_SERVICES.includes(viewer.role)) return <NotAllowedPage />;
  if (!isSuspendAction(action) || !/^\d{1,9}$/.test(id)) return <PageNotFound />;
  return <Confirm key={`${id}/${framework}/${action}`} id={id} slug={framework} action={action} />;
}

/** AD5 (category): suspend, or publish again, every service of a supplier on a live framework, after a destructive confirmation. */
export function SuspendServicesPage() {
  return <RequireTask id="suppliers">{(viewer) => <Page viewer={viewer} />}</RequireTask>;
}
