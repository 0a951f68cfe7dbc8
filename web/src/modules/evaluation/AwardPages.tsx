import { useCallback, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { useFrameworkForm } from '../../ui/forms/frameworkForm';
import { QuestionPage } from '../../ui/forms/QuestionPage';
import type { Answers } from '../../ui/forms/questions/types';
import { useFormAction, useFormMutation } from '../../ui/forms/useFormMutation';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Link } from '../../ui/govuk/links';
import { Radios } from '../../ui/govuk/Radios';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { evaluationPath, opportunityPath, REQUIREMENTS_DASHBOARD, requirementPath } from './evaluation';
import { EvaluationFrame, OUTCOME_RECORDED, type EvaluationBrief, type Evaluating } from './EvaluationFrame';
import { AwardContractDocument, CancelBriefDocument, ChooseWinningResponseDocument, EvaluationBriefDocument, MarkBriefUnsuccessfulDocument } from './queries';

const CLOSED = (status: string) => status === 'CLOSED';
const CLOSED_OR_DONE = (status: string) => status === 'CLOSED' || OUTCOME_RECORDED.includes(status);

/** Responses that can win: submitted, or already chosen. */
const candidates = (brief: EvaluationBrief) =>
  [...(brief.responses ?? [])].filter((r) => r.status === 'SUBMITTED' || r.status === 'PENDING_AWARDED').sort((a, b) => a.supplier.name.localeCompare(b.supplier.name));

/** A form that only the browser checks (a choice that leads to the next page). */
const useChoiceForm = (fieldOrder: string[]) =>
  useFormAction(
    useCallback(async () => true, []),
    { fieldOrder },
  );

/** The outcome is recorded: what it was, with a link to where suppliers and the public read it. */
function OutcomeRecorded({ brief, title }: Evaluating) {
  const winner = brief.responses?.find((r) => r.status === 'AWARDED');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title>{`Outcome recorded – ${title}`}</Title>
        <BackLink href={requirementPath(brief)} text="Back to your requirement" />
        <Flash />
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">You have told us the outcome</h1>
        <p className="govuk-body" data-testid="recorded-outcome">
          {brief.status === 'AWARDED'
            ? `You awarded the contract${winner ? ` to ${winner.supplier.name}` : ''}.`
            : brief.status === 'CANCELLED'
              ? 'You cancelled this requirement.'
              : 'You told us there were no suitable suppliers.'}{' '}
          Every supplier who applied has been emailed the outcome, and it is published on the opportunity.
        </p>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" href={opportunityPath(brief.id)}>
              View the published outcome
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href={evaluationPath(brief, 'responses')}>
              View the responses
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href={REQUIREMENTS_DASHBOARD}>
              Your requirements
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}

/** B13 step 1: was a contract awarded? Yes, no, or still evaluating. */
function AwardQuestion(e: Evaluating) {
  const { brief, title } = e;
  const [answer, setAnswer] = useState('');
  const form = useChoiceForm(['awarded']);
  const navigate = useNavigate();
  if (OUTCOME_RECORDED.includes(brief.status)) return <OutcomeRecorded {...e} />;
  const question = `Have you awarded a contract for ‘${title}’?`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await form.submit(undefined, answer ? undefined : { awarded: 'Select yes if you have awarded a contract' }))) return;
    if (answer === 'yes') await navigate(evaluationPath(brief, 'award-contract'));
    else if (answer === 'no') await navigate(evaluationPath(brief, 'cancel-award'));
    else await navigate(REQUIREMENTS_DASHBOARD, flash(`You’ve updated ‘${title}’`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={form.hasErrors}>{question}</Title>
        <BackLink href={requirementPath(brief)} text="Back to your requirement" />
        <FormErrorSummary errors={form.errors} submission={form.submission} />
        <form noValidate onSubmit={(ev) => void submit(ev)}>
          <span className="govuk-caption-l">Let suppliers know the outcome</span>
          <Radios
            name="awarded"
            fieldset={{ legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
            hint={{ text: 'Every supplier who applied will be emailed the outcome, and it will be published on the opportunity.' }}
            value={answer}
            onChange={setAnswer}
            errorMessage={inlineError(form.errors, 'awarded')}
            items={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
              { value: 'still-evaluating', text: 'We are still evaluating suppliers' },
            ]}
          />
          <Button type="submit" text="Save and continue" />
        </form>
      </div>
    </div>
  );
}

/** B13 step 2: which supplier won (the winner can be changed until the contract details are given). */
function ChooseWinner({ brief, title }: Evaluating) {
  const options = candidates(brief);
  const pending = options.find((r) => r.status === 'PENDING_AWARDED');
  const [chosen, setChosen] = useState(pending?.id ?? '');
  const choose = useFormMutation(ChooseWinningResponseDocument, { fieldOrder: ['responseId'], refusalFields: () => ({ responseId: 'Choose one of the suppliers who applied' }) });
  const navigate = useNavigate();
  if (!options.length) return <Navigate to={evaluationPath(brief, 'responses')} replace />;
  const question = `Who won the ‘${title}’ contract?`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await choose.submit({ briefId: brief.id, responseId: chosen }, chosen ? undefined : { responseId: 'Select the supplier who won the contract' });
    if (done) await navigate(evaluationPath(brief, `award/${chosen}/contract-details`));
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={choose.hasErrors}>{question}</Title>
        <BackLink href={evaluationPath(brief, 'award')} text="Previous page" />
        <FormErrorSummary errors={choose.errors} submission={choose.submission} />
        <form noValidate onSubmit={(ev) => void submit(ev)}>
          <span className="govuk-caption-l">Let suppliers know the outcome</span>
          <Radios
            name="responseId"
            fieldset={{ legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
            hint={{
              text: 'We will email the winner and the other suppliers who applied with a link to the outcome. You still need to give each supplier feedback on their application.',
            }}
            value={chosen}
            onChange={setChosen}
            errorMessage={inlineError(choose.errors, 'responseId')}
            items={options.map((r) => ({ value: r.id, text: r.supplier.name }))}
          />
          <Button type="submit" text="Save and continue" disabled={choose.loading} />
        </form>
      </div>
    </div>
  );
}

/** B13 step 3: the contract's start date and value, from the framework's award form. */
function ContractDetails({ brief, title }: Evaluating) {
  const { responseId = '' } = useParams();
  const response = brief.responses?.find((r) => r.id === responseId);
  const { form, error } = useFrameworkForm('BRIEF_AWARD', brief.framework.slug, brief.lot.slug);
  const [award] = useMutation(AwardContractDocument, { refetchQueries: [EvaluationBriefDocument], awaitRefetchQueries: true });
  const navigate = useNavigate();
  const save = useCallback(
    async (answers: Answers) => {
      const result = await award({
        variables: { briefId: brief.id, responseId, startDate: String(answers.awardedContractStartDate ?? ''), value: String(answers.awardedContractValue ?? '') },
      });
      if (result.error) throw result.error;
    },
    [award, brief.id, responseId],
  );
  if (!response || response.status !== 'PENDING_AWARDED') return <PageNotFound />;
  if (error) return <ServiceProblem />;
  if (!form) return <p className="govuk-body">Loading…</p>;
  const questionIds = form.sections.flatMap((s) => s.pages.flatMap((p) => p.questionIds));
  const heading = `Tell us about your contract with ${response.supplier.name}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={evaluationPath(brief, 'award-contract')} text="Previous page" />
        <QuestionPage
          form={form}
          questionIds={questionIds}
          answers={{}}
          saved={{}}
          title={heading}
          pageTitle={`${heading} – ${title}`}
          caption={<span className="govuk-caption-l">{title}</span>}
          intro={<p className="govuk-body">We publish the contract’s start date and value on the opportunity, with the winning supplier’s name.</p>}
          onSave={save}
          onSaved={() => navigate(evaluationPath(brief, 'award'), flash(`You’ve updated ‘${title}’: the contract was awarded to ${response.supplier.name}.`))}
          submitText="Update requirements"
        />
      </div>
    </div>
  );
}

/** B13 "No" and B14: why no contract was awarded, cancelled (the work is not needed) or no suitable suppliers. */
function CancelReason({ brief, title, inAwardFlow }: Evaluating & { inAwardFlow: boolean }) {
  const [reason, setReason] = useState('');
  const cancel = useFormMutation(CancelBriefDocument, { refetchQueries: [EvaluationBriefDocument], awaitRefetchQueries: true });
  const unsuccessful = useFormMutation(MarkBriefUnsuccessfulDocument, { refetchQueries: [EvaluationBriefDocument], awaitRefetchQueries: true });
  const choice = useChoiceForm(['reason']);
  const navigate = useNavigate();
  const question = inAwardFlow ? `Why didn’t you award a contract for ‘${title}’?` : `Why do you need to cancel ‘${title}’?`;
  const errors = choice.hasErrors ? choice : reason === 'unsuccessful' ? unsuccessful : cancel;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !(await choice.submit(undefined, reason ? undefined : { reason: inAwardFlow ? 'Select why you did not award a contract' : 'Select why you need to cancel the requirement' }))
    )
      return;
    const done = reason === 'cancelled' ? await cancel.submit({ id: brief.id }) : await unsuccessful.submit({ id: brief.id });
    if (done)
      await navigate(
        evaluationPath(brief, 'award'),
        flash(reason === 'cancelled' ? `You’ve cancelled ‘${title}’.` : `You’ve updated ‘${title}’: there were no suitable suppliers.`),
      );
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={errors.hasErrors}>{question}</Title>
        <BackLink href={inAwardFlow ? evaluationPath(brief, 'award') : requirementPath(brief)} text="Previous page" />
        <FormErrorSummary errors={errors.errors} submission={choice.submission + cancel.submission + unsuccessful.submission} />
        <form noValidate onSubmit={(ev) => void submit(ev)}>
          <span className="govuk-caption-l">{inAwardFlow ? 'Let suppliers know the outcome' : 'Cancel your requirement'}</span>
          <Radios
            name="reason"
            fieldset={{ legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
            hint={{ text: 'Every supplier who applied will be emailed, and the reason will be published on the opportunity.' }}
            value={reason}
            onChange={setReason}
            errorMessage={inlineError(errors.errors, 'reason')}
            items={[
              { value: 'cancelled', text: 'The requirement has been cancelled', hint: { text: 'For example, the work is no longer needed or there is no budget for it.' } },
              { value: 'unsuccessful', text: 'There were no suitable suppliers', hint: { text: 'None of the suppliers who applied could do the work as you need it.' } },
            ]}
          />
          <Button type="submit" text="Update requirements" disabled={cancel.loading || unsuccessful.loading} />
        </form>
      </div>
    </div>
  );
}

export function AwardPage() {
  return <EvaluationFrame allow={CLOSED_OR_DONE}>{(e) => <AwardQuestion {...e} />}</EvaluationFrame>;
}

export function AwardContractPage() {
  return <EvaluationFrame allow={CLOSED}>{(e) => <ChooseWinner {...e} />}</EvaluationFrame>;
}

export function ContractDetailsPage() {
  return <EvaluationFrame allow={CLOSED}>{(e) => <ContractDetails {...e} />}</EvaluationFrame>;
}

export function CancelAwardPage() {
  return <EvaluationFrame allow={CLOSED}>{(e) => <CancelReason {...e} inAwardFlow />}</EvaluationFrame>;
}

export function CancelPage() {
  return <EvaluationFrame allow={CLOSED}>{(e) => <CancelReason {...e} inAwardFlow={false} />}</EvaluationFrame>;
}
