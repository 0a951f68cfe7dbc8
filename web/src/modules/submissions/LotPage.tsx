import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { questionContext } from '../../ui/forms/questions/model';
import { Button } from '../../ui/govuk/Button';
import { Table } from '../../ui/govuk/Table';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { draftName, missingCount, progressText } from './progress';
import { ServicesToCopyDocument, useCopyDraft, useSubmissionDrafts } from './queries';
import { draftHref, editHref, lotHref, SubmissionBreadcrumbs, SubmissionsFrame, WithLot, WithServiceForm, type SubmissionLot, type Submitting } from './SubmissionsFrame';
import { editableSections } from './progress';

/** The viewer's previous-iteration services of the lot still to copy (none when the framework copies none). */
export function useServicesToCopy(framework: string, lot: string) {
  const result = useQuery(ServicesToCopyDocument, { variables: { frameworkSlug: framework, lotSlug: lot }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  return { ...result, services: result.data?.servicesToCopy ?? [], ready: Boolean(result.data) || Boolean(result.error) };
}

function LotServices({ submitting, lot, form }: { submitting: Submitting; lot: SubmissionLot; form: FrameworkForm }) {
  const { framework, open } = submitting;
  const ctx = useMemo(() => questionContext(form), [form]);
  const drafts = useSubmissionDrafts(framework.slug);
  const toCopy = useServicesToCopy(framework.slug, lot.slug);
  const copy = useCopyDraft();
  const navigate = useNavigate();
  const [copying, setCopying] = useState<string | null>(null);
  if (drafts.error && !drafts.data) return <ServiceProblem />;
  if ((drafts.loading && !drafts.data) || !toCopy.ready) return <p className="govuk-body">Loading…</p>;
  const own = (drafts.data?.draftServices ?? []).filter((d) => d.lot.slug === lot.slug);
  const inDraft = own.filter((d) => d.status === 'NOT_SUBMITTED');
  const complete = own.filter((d) => d.status === 'SUBMITTED');
  const previous = toCopy.services[0]?.framework;
  const first = editableSections(form)[0];

  const makeCopy = async (id: string) => {
    setCopying(id);
    const made = await copy.submit({ id });
    setCopying(null);
    if (made && first)
      await navigate(editHref(framework.slug, lot.slug, made.copyDraftService.id, first.slug, first.pages[0]?.slug), flash('Your copy has been made: give it its own name'));
  };

  const title = `${lot.name} services`;
  return (
    <>
      <Title error={copy.hasErrors}>{title}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={[{ label: lot.name }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <FormErrorSummary errors={copy.errors} submission={copy.submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {open ? (
            <div className="govuk-button-group">
              <Button href={lotHref(framework.slug, lot.slug) + '/create'} text="Add a service" />
            </div>
          ) : null}
          {open && previous ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={lotHref(framework.slug, lot.slug) + '/previous-services'}>
                View and add your services from {previous.name}
              </Link>
            </p>
          ) : null}
        </div>
      </div>
      {inDraft.length ? (
        <Table
          caption={`Draft services (${inDraft.length})`}
          captionClasses="govuk-table__caption--m"
          attributes={{ 'data-testid': 'draft-services' }}
          head={[{ text: 'Service name' }, { text: 'Progress' }, { text: <span className="govuk-visually-hidden">Actions</span> }]}
          rows={inDraft.map((draft) => {
            const name = draftName(draft.data, lot.name);
            return [
              {
                text: (
                  <Link className="govuk-link" to={draftHref(framework.slug, lot.slug, draft.id)}>
                    {name}
                  </Link>
                ),
              },
              { text: progressText(draft.status, missingCount(form, ctx, draft.missingAnswers as Record<string, unknown>)) },
              {
                text: open ? (
                  <Button
                    text={
                      <>
                        Make a copy<span className="govuk-visually-hidden"> of {name}</span>
                      </>
                    }
                    classes="govuk-button--secondary govuk-!-margin-bottom-0"
                    disabled={copying !== null}
                    onClick={() => void makeCopy(draft.id)}
                  />
                ) : null,
                format: 'numeric',
              },
            ];
          })}
        />
      ) : (
        <>
          <h2 className="govuk-heading-m">Draft services (0)</h2>
          <p className="govuk-body">You do not have any draft {lot.name} services.</p>
        </>
      )}
      {complete.length ? (
        <Table
          caption={`Complete services (${complete.length})`}
          captionClasses="govuk-table__caption--m"
          attributes={{ 'data-testid': 'complete-services' }}
          head={[{ text: 'Service name' }, { text: 'Progress' }]}
          rows={complete.map((draft) => [
            {
              text: (
                <Link className="govuk-link" to={draftHref(framework.slug, lot.slug, draft.id)}>
                  {draftName(draft.data, lot.name)}
                </Link>
              ),
            },
            { text: progressText(draft.status, 0) },
          ])}
        />
      ) : (
        <>
          <h2 className="govuk-heading-m">Complete services (0)</h2>
          <p className="govuk-body">You have not marked any {lot.name} services as complete.</p>
        </>
      )}
    </>
  );
}

/** A lot where only one service may be offered: its draft, or a copy of the previous one, or a new one. */
function OneService({ submitting, lot }: { submitting: Submitting; lot: SubmissionLot }) {
  const { framework } = submitting;
  const drafts = useSubmissionDrafts(framework.slug);
  const toCopy = useServicesToCopy(framework.slug, lot.slug);
  if (drafts.error && !drafts.data) return <ServiceProblem />;
  if ((drafts.loading && !drafts.data) || !toCopy.ready) return <p className="govuk-body">Loading…</p>;
  const existing = (drafts.data?.draftServices ?? []).find((d) => d.lot.slug === lot.slug);
  if (existing) return <Navigate to={draftHref(framework.slug, lot.slug, existing.id)} replace />;
  if (toCopy.services.length) return <Navigate to={lotHref(framework.slug, lot.slug) + '/previous-services'} replace />;
  return <Navigate to={lotHref(framework.slug, lot.slug) + '/create'} replace />;
}

/** S7: one lot's services (drafts with their progress, and those complete), or a one-service lot's draft. */
export function LotPage() {
  return (
    <SubmissionsFrame editing={false}>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) =>
            lot.oneServiceLimit ? (
              <OneService submitting={submitting} lot={lot} />
            ) : (
              <WithServiceForm framework={submitting.framework.slug} lot={lot.slug}>
                {(form) => <LotServices submitting={submitting} lot={lot} form={form} />}
              </WithServiceForm>
            )
          }
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}
