import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { questionContext } from '../../ui/forms/questions/model';
import { TaskList, type TaskListItem } from '../../ui/govuk/TaskList';
import { deadlineTime } from './dates';
import { opportunityHref, requirementHref } from './paths';
import { editableSections, missingList, requirementTitle, sectionHref, sectionName, sectionsOfStep, sectionTag } from './progress';
import { notWithdrawn, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';
import { CANNOT_START, hasOutcome, tagStatus } from './tasks';

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <li className="govuk-!-margin-bottom-7" data-testid={`step-${number}`}>
      <h2 className="govuk-heading-m">
        <span className="govuk-!-margin-right-1">{number}.</span> {title}
      </h2>
      {children}
    </li>
  );
}

const body = (text: ReactNode) => <p className="govuk-body">{text}</p>;

/** The task list of a requirement (exported for its tests). */
export function Overview({ requirement, form }: RequirementPageProps) {
  const { id, status, framework, lot } = requirement;
  const ctx = useMemo(() => questionContext(form), [form]);
  const data = requirement.data as Record<string, unknown>;
  const missing = requirement.missingAnswers as Record<string, unknown>;
  const href = (rest = '') => requirementHref(framework.slug, lot.slug, id, rest);
  const title = requirementTitle(data);
  const draft = status === 'DRAFT';
  const live = status === 'LIVE';
  const closed = status === 'CLOSED';
  const ended = hasOutcome(status);
  const complete = missingList(form, missing, id).length === 0;
  const sectionItems = (step: number): TaskListItem[] =>
    sectionsOfStep(form, step).map((section) => ({
      title: { text: sectionName(section) },
      href: sectionHref(id, framework.slug, lot.slug, section),
      status: tagStatus(sectionTag(section, ctx, data, missing)),
    }));
  const awarded = requirement.responses?.find((r) => r.status === 'AWARDED');
  const published = <Link className="govuk-link" to={opportunityHref(id)}>{`View your published requirements`}</Link>;

  return (
    <>
      <Title>{title}</Title>
      <RequirementBreadcrumbs requirement={requirement} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <span className="govuk-caption-l">{lot.name}</span>
          <h1 className="govuk-heading-xl">{title}</h1>
          {draft && editableSections(form).length ? (
            <p className="govuk-body" data-testid="requirement-progress">
              {complete
                ? 'You have answered every question you need to. Preview your requirements, then publish them.'
                : 'Answer the questions in steps 1 to 3, then publish your requirements.'}
            </p>
          ) : null}
          <ol className="govuk-list">
            <Step number={1} title="Write requirements">
              {draft ? <TaskList idPrefix="write" items={sectionItems(1)} /> : body('Done: your requirements were published.')}
            </Step>
            <Step number={2} title="Set how you’ll evaluate suppliers">
              {draft ? <TaskList idPrefix="evaluate" items={sectionItems(2)} /> : body('Done: suppliers could read how you will evaluate them.')}
            </Step>
            <Step number={3} title="Publish requirements">
              {draft ? (
                <TaskList
                  idPrefix="publish"
                  items={[
                    ...sectionItems(3),
                    // The preview is open from the start: until everything required is answered it lists what is missing.
                    { title: { text: 'Preview your requirements' }, href: href('/preview'), status: tagStatus('Optional') },
                    { title: { text: 'Publish your requirements' }, href: complete ? href('/publish') : undefined, status: complete ? tagStatus('To do') : CANNOT_START },
                  ]}
                />
              ) : live ? (
                <>
                  {body(<>Suppliers can apply until {deadlineTime(requirement.applicationsClosedAt)}.</>)}
                  <ul className="govuk-list">
                    <li>
                      <Link className="govuk-link" to={href('/timeline')}>
                        View question and answer dates
                      </Link>
                    </li>
                    <li>{published}</li>
                  </ul>
                </>
              ) : (
                body(published)
              )}
            </Step>
            <Step number={4} title="Answer supplier questions">
              {live ? (
                <>
                  {body(
                    <>
                      Publish every question suppliers ask with your answer by {deadlineTime(requirement.clarificationQuestionsPublishedBy)}, so that all suppliers can read them.
                    </>,
                  )}
                  {body(
                    <Link className="govuk-link" to={href('/supplier-questions')}>
                      Publish questions and answers
                    </Link>,
                  )}
                </>
              ) : draft ? (
                body('Once your requirements are published, suppliers can ask you questions by email. You publish each question with its answer.')
              ) : (
                body('The time for questions has ended.')
              )}
            </Step>
            <Step number={5} title="Shortlist suppliers">
              {closed || ended ? (
                body(
                  <Link className="govuk-link" to={href('/responses')}>
                    {ended ? 'View suppliers who applied' : 'View and shortlist suppliers'}
                  </Link>,
                )
              ) : (
                <>
                  {body('When applications close, you can see the suppliers who applied and shortlist those who meet your essential skills and experience.')}
                  {live
                    ? body(
                        <Link className="govuk-link" to={href('/responses')}>
                          See how many suppliers have applied so far
                        </Link>,
                      )
                    : null}
                </>
              )}
            </Step>
            <Step number={6} title="Evaluate suppliers">
              {ended
                ? body('Done.')
                : body('Ask your shortlisted suppliers for evidence and a written proposal, and score them against the criteria and weightings you published.')}
            </Step>
            <Step number={7} title="Award a contract">
              {closed ? (
                <>
                  {body('When you have chosen a supplier, award the contract and let every supplier who applied know the outcome.')}
                  {body(
                    <Link className="govuk-link" to={href('/award')}>
                      Let suppliers know the outcome
                    </Link>,
                  )}
                </>
              ) : status === 'AWARDED' ? (
                body(<>Awarded to {awarded?.supplier.name ?? 'the winning supplier'}.</>)
              ) : status === 'CANCELLED' ? (
                body('No contract was awarded: you cancelled the requirements.')
              ) : status === 'UNSUCCESSFUL' ? (
                body('No contract was awarded: there were no suitable suppliers.')
              ) : (
                body('Once you have evaluated suppliers, you award the contract and tell us the outcome.')
              )}
            </Step>
          </ol>
          <h2 className="govuk-heading-m">Other things you can do</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={href('/share')}>
                Share with colleagues
              </Link>
            </li>
            {draft ? (
              <li>
                <Link className="govuk-link" to={href('/delete')}>
                  Delete draft requirements
                </Link>
              </li>
            ) : null}
            {live ? (
              <li>
                <Link className="govuk-link" to={href('/withdraw')}>
                  Withdraw requirements
                </Link>
              </li>
            ) : null}
            {closed ? (
              <li>
                <Link className="govuk-link" to={href('/cancel')}>
                  Cancel requirements
                </Link>
              </li>
            ) : null}
          </ul>
        </div>
      </div>
    </>
  );
}

/** B5: a requirement's task list: seven steps whose links and tags follow its status and answers. */
export function OverviewPage() {
  return <RequirementFrame allow={notWithdrawn}>{(props) => <Overview {...props} />}</RequirementFrame>;
}
