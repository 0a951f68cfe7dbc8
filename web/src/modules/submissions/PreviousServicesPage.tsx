import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Radios } from '../../ui/govuk/Radios';
import { Table } from '../../ui/govuk/Table';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { useServicesToCopy } from './LotPage';
import { draftName } from './progress';
import { useCopyAllServices, useCopyService, useSubmissionDrafts } from './queries';
import { draftHref, lotHref, SubmissionBreadcrumbs, SubmissionsFrame, submissionsHref, WithLot, type SubmissionLot, type Submitting } from './SubmissionsFrame';

const serviceName = (data: unknown) => draftName(data, 'previous');

function PreviousServices({ submitting, lot }: { submitting: Submitting; lot: SubmissionLot }) {
  const { framework } = submitting;
  const toCopy = useServicesToCopy(framework.slug, lot.slug);
  const drafts = useSubmissionDrafts(framework.slug);
  const copy = useCopyService();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  if (!toCopy.ready || (drafts.loading && !drafts.data)) return <p className="govuk-body">Loading…</p>;
  if (drafts.error && !drafts.data) return <ServiceProblem />;
  const services = toCopy.services;
  const previous = services[0]?.framework.name ?? 'the previous framework';
  const back = lot.oneServiceLimit ? submissionsHref(framework.slug) : lotHref(framework.slug, lot.slug);
  const title = `Copy your ${previous} ${lot.name} services`;

  const add = async (id: string, name: string) => {
    setBusy(id);
    const made = await copy.submit({ frameworkSlug: framework.slug, serviceId: id });
    setBusy(null);
    if (!made) return;
    if (lot.oneServiceLimit)
      await navigate(draftHref(framework.slug, lot.slug, made.copyServiceToDraft.id), flash(`${name} was copied: check every answer before you mark it as complete`));
    else await navigate(lotHref(framework.slug, lot.slug) + '/previous-services', flash(`${name} was added to your drafts`));
  };

  return (
    <>
      <Title error={copy.hasErrors}>{title}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={lot.oneServiceLimit ? [{ label: 'Copy a service' }] : [{ label: lot.name, to: back }, { label: 'Copy services' }]} />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <FormErrorSummary errors={copy.errors} submission={copy.submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {services.length ? (
            <>
              <p className="govuk-body">
                Add a service to copy its answers into a new draft. You will need to check every answer, and give its prices again, before you mark it as complete.
              </p>
              {!lot.oneServiceLimit && services.length > 1 ? (
                <p className="govuk-body">
                  <Link className="govuk-link" to={lotHref(framework.slug, lot.slug) + '/copy-all-previous-framework-services'}>
                    Add all your {previous} {lot.name} services
                  </Link>
                </p>
              ) : null}
            </>
          ) : (
            <p className="govuk-body">You have no {lot.name} services left to copy.</p>
          )}
        </div>
      </div>
      {services.length ? (
        <Table
          caption={`${previous} services you can copy (${services.length})`}
          captionClasses="govuk-table__caption--m"
          attributes={{ 'data-testid': 'services-to-copy' }}
          head={[{ text: 'Service name' }, { text: <span className="govuk-visually-hidden">Actions</span> }]}
          rows={services.map((service) => {
            const name = serviceName(service.data);
            return [
              { text: name },
              {
                format: 'numeric',
                text: (
                  <Button
                    text={
                      <>
                        Add<span className="govuk-visually-hidden"> {name}</span>
                      </>
                    }
                    classes="govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={busy !== null}
                    onClick={() => void add(service.id, name)}
                  />
                ),
              },
            ];
          })}
        />
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={back}>
          Return to your {lot.oneServiceLimit ? `${framework.name}` : lot.name} services
        </Link>
      </p>
    </>
  );
}

/** A one-service lot: reuse the previous framework's service (yes or no, which must be answered), or start afresh. */
function ReuseOne({ submitting, lot }: { submitting: Submitting; lot: SubmissionLot }) {
  const { framework } = submitting;
  const toCopy = useServicesToCopy(framework.slug, lot.slug);
  const copy = useCopyService();
  const navigate = useNavigate();
  const [answer, setAnswer] = useState('');
  if (!toCopy.ready) return <p className="govuk-body">Loading…</p>;
  const service = toCopy.services[0];
  if (!service) return <PreviousServices submitting={submitting} lot={lot} />;
  const previous = service.framework.name;
  const question = `Do you want to reuse your ${previous} ${lot.name} service?`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer === 'no') {
      await navigate(lotHref(framework.slug, lot.slug) + '/create');
      return;
    }
    const errors: Record<string, string> = answer ? {} : { reuse: `Select yes if you want to reuse your ${previous} ${lot.name} service` };
    const made = await copy.submit({ frameworkSlug: framework.slug, serviceId: service.id }, errors);
    if (made)
      await navigate(
        draftHref(framework.slug, lot.slug, made.copyServiceToDraft.id),
        flash(`Your ${previous} answers were copied: check every answer before you mark the service as complete`),
      );
  };

  return (
    <>
      <Title error={copy.hasErrors}>{question}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={[{ label: lot.name }]} />
      <BackLink href={submissionsHref(framework.slug)}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={copy.errors} submission={copy.submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Radios
              name="reuse"
              idPrefix="reuse"
              inline
              fieldset={{ legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
              hint={{ text: 'Its answers will be copied into a new draft. You will need to check each of them before you mark the service as complete.' }}
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No' },
              ]}
              value={answer || null}
              onChange={setAnswer}
              errorMessage={inlineError(copy.errors, 'reuse')}
            />
            <Button type="submit" text="Save and continue" preventDoubleClick />
          </form>
        </div>
      </div>
    </>
  );
}

function CopyAll({ submitting, lot }: { submitting: Submitting; lot: SubmissionLot }) {
  const { framework } = submitting;
  const toCopy = useServicesToCopy(framework.slug, lot.slug);
  const copyAll = useCopyAllServices();
  const navigate = useNavigate();
  if (!toCopy.ready) return <p className="govuk-body">Loading…</p>;
  const services = toCopy.services;
  const previous = services[0]?.framework.name ?? 'the previous framework';
  const back = lotHref(framework.slug, lot.slug) + '/previous-services';
  const title = `Add all your ${previous} ${lot.name} services?`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const made = await copyAll.submit({ frameworkSlug: framework.slug, lotSlug: lot.slug });
    if (made) {
      const n = made.copyAllServicesToDrafts.length;
      await navigate(
        lotHref(framework.slug, lot.slug),
        flash(`${n} ${n === 1 ? 'service was' : 'services were'} added to your drafts: check every answer before you mark them as complete`),
      );
    }
  };

  return (
    <>
      <Title error={copyAll.hasErrors}>{title}</Title>
      <SubmissionBreadcrumbs
        framework={framework}
        trail={[{ label: lot.name, to: lotHref(framework.slug, lot.slug) }, { label: 'Copy services', to: back }, { label: 'Add all' }]}
      />
      <BackLink href={back}>Back</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={copyAll.errors} submission={copyAll.submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {services.length ? (
            <>
              <p className="govuk-body">
                {services.length === 1 ? 'Your 1 service' : `Your ${services.length} services`} will become drafts with their answers copied, except their prices.
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {services.map((s) => (
                  <li key={s.id}>{serviceName(s.data)}</li>
                ))}
              </ul>
              <form noValidate onSubmit={(e) => void submit(e)}>
                <div className="govuk-button-group">
                  <Button type="submit" text="Yes, add all services" preventDoubleClick />
                  <Link className="govuk-link" to={back}>
                    Cancel
                  </Link>
                </div>
              </form>
            </>
          ) : (
            <p className="govuk-body">You have no {lot.name} services left to copy.</p>
          )}
        </div>
      </div>
    </>
  );
}

/** S7: the previous iteration's services of a lot, each to add as a draft. */
export function PreviousServicesPage() {
  return (
    <SubmissionsFrame editing>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) => (lot.oneServiceLimit ? <ReuseOne submitting={submitting} lot={lot} /> : <PreviousServices submitting={submitting} lot={lot} />)}
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}

/** S7: confirms copying every service of a lot from the previous iteration. */
export function CopyAllPage() {
  return <SubmissionsFrame editing>{(submitting) => <WithLot submitting={submitting}>{(lot) => <CopyAll submitting={submitting} lot={lot} />}</WithLot>}</SubmissionsFrame>;
}
