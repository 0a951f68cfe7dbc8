import { useMemo, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { plainText } from '../../ui/forms/questions/content';
import { questionContext } from '../../ui/forms/questions/model';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { formatDateTime } from '../../ui/format';
import { Button } from '../../ui/govuk/Button';
import { InsetText } from '../../ui/govuk/InsetText';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { SummaryList } from '../../ui/govuk/SummaryList';
import { WarningText } from '../../ui/govuk/WarningText';
import { applicationHref } from '../applications/ApplicationFrame';
import { draftName, editableSections, missingCount, missingInSection, optionalUnanswered, unansweredText } from './progress';
import { useSubmitDraft } from './queries';
import {
  draftHref,
  editHref,
  lotHref,
  SubmissionBreadcrumbs,
  SubmissionsFrame,
  submissionsHref,
  WithDraft,
  WithLot,
  WithServiceForm,
  type Draft,
  type SubmissionLot,
  type Submitting,
} from './SubmissionsFrame';

function DraftSummary({ submitting, lot, form, draft }: { submitting: Submitting; lot: SubmissionLot; form: FrameworkForm; draft: Draft }) {
  const { framework, application, open } = submitting;
  const ctx = useMemo(() => questionContext(form), [form]);
  const navigate = useNavigate();
  const complete = useSubmitDraft();
  const data = draft.data as Record<string, unknown>;
  const missing = draft.missingAnswers as Record<string, unknown>;
  const name = draftName(data, lot.name);
  const sections = editableSections(form);
  const required = missingCount(form, ctx, missing);
  const optional = sections.reduce((n, s) => n + optionalUnanswered(s, ctx, data).length, 0);
  const done = draft.status === 'SUBMITTED';
  const back = lot.oneServiceLimit ? submissionsHref(framework.slug) : lotHref(framework.slug, lot.slug);

  const markComplete = async (event: FormEvent) => {
    event.preventDefault();
    if (await complete.submit({ id: draft.id })) await navigate(back, flash(`${name} was marked as complete`));
  };

  return (
    <>
      <Title error={complete.hasErrors}>{name}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={lot.oneServiceLimit ? [{ label: name }] : [{ label: lot.name, to: back }, { label: name }]} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <FormErrorSummary errors={complete.errors} submission={complete.submission} />
          <span className="govuk-caption-l">{lot.name}</span>
          <h1 className="govuk-heading-l">{name}</h1>
          <p className="govuk-body govuk-hint">Last edited {formatDateTime(draft.updatedAt)}</p>
          {!open ? (
            <InsetText>
              {done
                ? `This service was submitted when applications to ${framework.name} closed.`
                : `This draft was not submitted: it was not marked as complete before applications to ${framework.name} closed.`}
            </InsetText>
          ) : null}
          {done && open ? (
            <NotificationBanner titleText="Marked as complete" role="region">
              <p className="govuk-notification-banner__heading">This service is marked as complete.</p>
              <p className="govuk-body">It will be submitted when applications to {framework.name} close. If you change an answer, check the service is still complete.</p>
            </NotificationBanner>
          ) : null}
          {done && open && application.declarationStatus !== 'COMPLETE' ? (
            <WarningText
              text={
                <>
                  It will only be submitted if you also{' '}
                  <Link className="govuk-link" to={applicationHref(framework.slug, '/declaration')}>
                    make your supplier declaration
                  </Link>
                  .
                </>
              }
            />
          ) : null}
          {draft.copiedFromServiceId && !done ? (
            <InsetText>This service was copied from one of your services on the previous framework. Check every answer: some questions may have changed since.</InsetText>
          ) : null}
          {!done && open ? (
            <p className="govuk-body" data-testid="draft-progress">
              {required ? `${unansweredText(required)} to answer before you can mark this service as complete.` : 'You have answered every question you need to.'}
              {optional ? ` ${optional} optional question${optional === 1 ? '' : 's'} not answered.` : ''}
            </p>
          ) : null}
        </div>
      </div>
      <SummaryList card={{ title: { text: 'Service type', headingLevel: 2 } }} rows={[{ key: { text: 'Service type' }, value: { text: lot.name } }]} />
      {sections.map((section) => {
        const first = section.pages[0]!;
        const title = plainText(section.name);
        const unanswered = missingInSection(section, ctx, missing).length;
        return (
          <SectionSummary
            key={section.slug}
            form={form}
            section={section}
            answers={data}
            changeHref={open ? (page) => editHref(framework.slug, lot.slug, draft.id, section.slug, page) : undefined}
            card={{
              title: { text: unanswered && !done ? `${title} (${unansweredText(unanswered)})` : title, headingLevel: 2 },
              actions: open ? { items: [{ href: editHref(framework.slug, lot.slug, draft.id, section.slug, first.slug), text: 'Edit', visuallyHiddenText: title }] } : undefined,
            }}
          />
        );
      })}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {open && !done && required === 0 ? (
            <form noValidate onSubmit={(e) => void markComplete(e)}>
              <Button type="submit" text="Mark as complete" preventDoubleClick />
            </form>
          ) : null}
          {open && !done && required > 0 ? <p className="govuk-body">Answer every question to mark this service as complete.</p> : null}
          {open ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={draftHref(framework.slug, lot.slug, draft.id, '/remove')}>
                Remove this {done ? 'service' : 'draft service'}
              </Link>
            </p>
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to={back}>
              Return to your {lot.oneServiceLimit ? `${framework.name} services` : `${lot.name} services`}
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

/** S7: a draft service's answers section by section, what is still missing, and "Mark as complete". */
export function DraftPage() {
  return (
    <SubmissionsFrame editing={false}>
      {(submitting) => (
        <WithLot submitting={submitting}>
          {(lot) => (
            <WithServiceForm framework={submitting.framework.slug} lot={lot.slug}>
              {(form) => (
                <WithDraft framework={submitting.framework.slug} lot={lot.slug}>
                  {(draft) => <DraftSummary submitting={submitting} lot={lot} form={form} draft={draft} />}
                </WithDraft>
              )}
            </WithServiceForm>
          )}
        </WithLot>
      )}
    </SubmissionsFrame>
  );
}
