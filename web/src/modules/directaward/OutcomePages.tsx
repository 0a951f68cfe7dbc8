import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Title } from '../../ui/app/Title';
import { flash } from '../../ui/app/flash';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { DateInput } from '../../ui/govuk/DateInput';
import { Input } from '../../ui/govuk/Input';
import { Radios } from '../../ui/govuk/Radios';
import { PageNotFound, ServiceProblem } from '../../ui/pages/ErrorPages';
import { isBuyer, RequireViewer } from '../../ui/session/guards';
import { checkDate, EMPTY_DATE, type DatePart, type DateParts } from './contract';
import { contractPath, didYouAwardPath, projectPath, whichServicePath, whyNotPath } from './paths';
import { NotAtThisStep, ProjectBreadcrumbs, ReturnToTaskList } from './ProjectParts';
import {
  ChooseDirectAwardServiceDocument,
  CompleteDirectAwardOutcomeDocument,
  DirectAwardProjectDocument,
  DirectAwardProjectsDocument,
  MarkStillAssessingDocument,
  RecordDirectAwardWithoutContractDocument,
} from './queries';
import { serviceNameOf, useProject, type Project } from './useProject';

const REFRESH = { refetchQueries: [DirectAwardProjectDocument, DirectAwardProjectsDocument], awaitRefetchQueries: true };

/** Every outcome page: only for the buyer's own project, once its search has ended and before an outcome is recorded. */
function OutcomeStep({ id, children }: { id: string; children: (project: Project) => ReactNode }) {
  const { project, loading, missing, failed } = useProject(id);
  // Kept once the outcome is recorded, so that the page does not say "already told us" while it moves on.
  const [recording] = useState({ done: false });
  if (missing) return <PageNotFound />;
  if (failed) return <ServiceProblem />;
  if (loading || !project) return <p className="govuk-body">Loading…</p>;
  if (!project.lockedAt) {
    return (
      <NotAtThisStep id={project.id} title="You cannot tell us the outcome yet">
        <p className="govuk-body">Export the results of ‘{project.name}’ and assess the services first.</p>
      </NotAtThisStep>
    );
  }
  if (project.outcome && !recording.done) {
    return (
      <NotAtThisStep id={project.id} title="You have already told us the outcome">
        <p className="govuk-body">The outcome of ‘{project.name}’ is recorded and cannot be changed.</p>
      </NotAtThisStep>
    );
  }
  return <>{children(project)}</>;
}

function Frame({ project, title, error, back, children }: { project: Project; title: string; error: boolean; back?: string; children: ReactNode }) {
  return (
    <>
      <Title error={error}>{title}</Title>
      {back ? <BackLink href={back} text="Previous page" /> : <ProjectBreadcrumbs id={project.id} name={project.name} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">{children}</div>
      </div>
    </>
  );
}

const onSubmit = (run: () => Promise<void>) => (e: React.FormEvent) => {
  e.preventDefault();
  void run();
};

function DidYouAward({ project }: { project: Project }) {
  const navigate = useNavigate();
  const still = useFormMutation(MarkStillAssessingDocument, { fieldOrder: ['awarded'], hrefFor: () => '#awarded', ...REFRESH });
  const [answer, setAnswer] = useState<string | null>(null);
  const submit = async () => {
    if (!answer) return void still.submit({ id: project.id }, { awarded: `Select whether you awarded a contract for ‘${project.name}’` });
    if (answer === 'yes') return void navigate(whichServicePath(project.id));
    if (answer === 'no') return void navigate(whyNotPath(project.id));
    if (await still.submit({ id: project.id }))
      await navigate(projectPath(project.id), flash('Your answer has been saved. You still need to tell us the outcome once you have finished assessing services.'));
  };
  const heading = `Did you award a contract for ‘${project.name}’?`;
  return (
    <Frame project={project} title={heading} error={still.hasErrors}>
      <FormErrorSummary errors={still.errors} submission={still.submission} />
      <form noValidate onSubmit={onSubmit(submit)}>
        <Radios
          name="awarded"
          idPrefix="awarded"
          fieldset={{ legend: { text: heading, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
          errorMessage={inlineError(still.errors, 'awarded')}
          value={answer}
          onChange={setAnswer}
          items={[
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
            { value: 'still-assessing', text: 'We are still assessing services' },
          ]}
        />
        <Button type="submit" text="Save and continue" disabled={still.loading} />
      </form>
      <ReturnToTaskList id={project.id} />
    </Frame>
  );
}

function WhichService({ project }: { project: Project }) {
  const navigate = useNavigate();
  const choose = useFormMutation(ChooseDirectAwardServiceDocument, { fieldOrder: ['serviceId'], hrefFor: () => '#serviceId' });
  const [serviceId, setServiceId] = useState<string | null>(null);
  const heading = 'Which service won the contract?';
  if (!project.results.length) {
    return (
      <Frame project={project} title={heading} error={false} back={didYouAwardPath(project.id)}>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">Your search found no services, so no contract can be awarded from it.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={whyNotPath(project.id)}>
            Tell us why you did not award a contract
          </Link>
        </p>
      </Frame>
    );
  }
  const submit = async () => {
    const done = await choose.submit({ id: project.id, serviceId: serviceId ?? '' }, serviceId ? undefined : { serviceId: 'Select the service that won the contract' });
    if (done) await navigate(contractPath(project.id, done.chooseDirectAwardService.id));
  };
  return (
    <Frame project={project} title={heading} error={choose.hasErrors} back={didYouAwardPath(project.id)}>
      <FormErrorSummary errors={choose.errors} submission={choose.submission} />
      <span className="govuk-caption-l">{project.name}</span>
      <form noValidate onSubmit={onSubmit(submit)}>
        <Radios
          name="serviceId"
          idPrefix="serviceId"
          fieldset={{ legend: { text: heading, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
          hint={{ text: 'Only the services your search found when you exported your results can be chosen.' }}
          errorMessage={inlineError(choose.errors, 'serviceId')}
          value={serviceId}
          onChange={setServiceId}
          items={project.results.map((r) => ({ value: r.serviceId, text: serviceNameOf(r.service.data), hint: { text: r.supplierName } }))}
        />
        <Button type="submit" text="Save and continue" disabled={choose.loading} />
      </form>
    </Frame>
  );
}

const FIELDS = ['startDate', 'endDate', 'value', 'awardingOrganisationName'] as const;
const HREF: Record<string, string> = { startDate: '#startDate-day', endDate: '#endDate-day', value: '#value', awardingOrganisationName: '#awardingOrganisationName' };

function TellUsAboutContract({ project, outcomeId }: { project: Project; outcomeId: string }) {
  const navigate = useNavigate();
  const complete = useFormMutation(CompleteDirectAwardOutcomeDocument, { fieldOrder: FIELDS, hrefFor: (f) => HREF[f] ?? `#${f}`, ...REFRESH });
  const [start, setStart] = useState<DateParts>(EMPTY_DATE);
  const [end, setEnd] = useState<DateParts>(EMPTY_DATE);
  const [value, setValue] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [badParts, setBadParts] = useState<Record<string, DatePart[]>>({});
  const [recorded, setRecorded] = useState(false);

  const submit = async () => {
    const startCheck = checkDate(start, 'start date');
    const endCheck = checkDate(end, 'end date');
    const errors: FieldErrors = {};
    if (startCheck.error) errors.startDate = startCheck.error;
    if (endCheck.error) errors.endDate = endCheck.error;
    if (!value.trim()) errors.value = 'Enter the value of the contract';
    if (!organisation.trim()) errors.awardingOrganisationName = 'Enter the name of the organisation buying the service';
    setBadParts({ startDate: startCheck.parts, endDate: endCheck.parts });
    const done = await complete.submit(
      { outcomeId, startDate: startCheck.iso ?? '', endDate: endCheck.iso ?? '', value: value.trim(), awardingOrganisationName: organisation.trim() },
      Object.keys(errors).length ? errors : undefined,
    );
    if (done) {
      setRecorded(true);
      await navigate(projectPath(project.id), flash(`You’ve updated ‘${project.name}’`));
    }
  };
  const dateField = (field: 'startDate' | 'endDate', legend: string, hint: string, state: DateParts, set: (d: DateParts) => void) => {
    const error = inlineError(complete.errors, field);
    const parts = error ? (badParts[field]?.length ? badParts[field] : ['day', 'month', 'year']) : [];
    return (
      <DateInput
        id={field}
        namePrefix={field}
        fieldset={{ legend: { text: legend, classes: 'govuk-fieldset__legend--s' } }}
        hint={{ text: hint }}
        errorMessage={error}
        day={{ name: 'day', value: state.day, classes: 'govuk-input--width-2', error: parts.includes('day') }}
        month={{ name: 'month', value: state.month, classes: 'govuk-input--width-2', error: parts.includes('month') }}
        year={{ name: 'year', value: state.year, classes: 'govuk-input--width-4', error: parts.includes('year') }}
        values={{ [`${field}-day`]: state.day, [`${field}-month`]: state.month, [`${field}-year`]: state.year }}
        onChange={(v) => set({ day: v[`${field}-day`] ?? '', month: v[`${field}-month`] ?? '', year: v[`${field}-year`] ?? '' })}
      />
    );
  };
  if (recorded) return <p className="govuk-body">Saving…</p>;
  return (
    <Frame project={project} title="Tell us about your contract" error={complete.hasErrors} back={whichServicePath(project.id)}>
      <FormErrorSummary errors={complete.errors} submission={complete.submission} />
      <span className="govuk-caption-l">{project.name}</span>
      <h1 className="govuk-heading-l">Tell us about your contract</h1>
      <form noValidate onSubmit={onSubmit(submit)}>
        {dateField('startDate', 'Start date', 'For example, 27 3 2027', start, setStart)}
        {dateField('endDate', 'End date', 'For example, 26 3 2029', end, setEnd)}
        <Input
          id="value"
          name="value"
          label={{ text: 'Value', classes: 'govuk-label--s' }}
          hint={{ text: 'The total value of the contract in pounds and pence, for example 12500.00' }}
          prefix={{ text: '£' }}
          classes="govuk-input--width-10"
          inputmode="decimal"
          spellcheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          errorMessage={inlineError(complete.errors, 'value')}
        />
        <Input
          id="awardingOrganisationName"
          name="awardingOrganisationName"
          label={{ text: 'Organisation buying the service', classes: 'govuk-label--s' }}
          hint={{ text: 'For example, Department for Education, Leeds City Council or the NHS trust the service is for' }}
          autocomplete="organization"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          errorMessage={inlineError(complete.errors, 'awardingOrganisationName')}
        />
        <Button type="submit" text="Submit" disabled={complete.loading} />
      </form>
    </Frame>
  );
}

function WhyNot({ project }: { project: Project }) {
  const navigate = useNavigate();
  const record = useFormMutation(RecordDirectAwardWithoutContractDocument, { fieldOrder: ['result'], hrefFor: () => '#result', ...REFRESH });
  const [result, setResult] = useState<'CANCELLED' | 'NONE_SUITABLE' | null>(null);
  const heading = `Why didn’t you award a contract for ‘${project.name}’?`;
  const submit = async () => {
    const done = await record.submit({ id: project.id, result: result ?? 'CANCELLED' }, result ? undefined : { result: 'Select why you did not award a contract' });
    if (done) await navigate(projectPath(project.id), flash(`You’ve updated ‘${project.name}’`));
  };
  return (
    <Frame project={project} title={heading} error={record.hasErrors} back={didYouAwardPath(project.id)}>
      <FormErrorSummary errors={record.errors} submission={record.submission} />
      <form noValidate onSubmit={onSubmit(submit)}>
        <Radios
          name="result"
          idPrefix="result"
          fieldset={{ legend: { text: heading, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
          errorMessage={inlineError(record.errors, 'result')}
          value={result}
          onChange={(v) => setResult(v as 'CANCELLED' | 'NONE_SUITABLE')}
          items={[
            { value: 'CANCELLED', text: 'The work has been cancelled', hint: { text: 'For example, the budget was withdrawn or the need went away.' } },
            { value: 'NONE_SUITABLE', text: 'There were no suitable services', hint: { text: 'The services your search found did not meet your requirements.' } },
          ]}
        />
        <Button type="submit" text="Save and continue" disabled={record.loading} />
      </form>
      <ReturnToTaskList id={project.id} />
    </Frame>
  );
}

const page = (Step: (props: { project: Project }) => ReactNode) =>
  function OutcomePage() {
    const { id = '' } = useParams();
    return <RequireViewer allow={isBuyer}>{() => <OutcomeStep id={id}>{(project) => <Step project={project} />}</OutcomeStep>}</RequireViewer>;
  };

/** §5.8 step 1: yes, no, or still assessing. */
export const DidYouAwardPage = page(DidYouAward);
/** §5.8 step 2: the winning service, among the frozen results. */
export const WhichServicePage = page(WhichService);
/** §5.8 step 4: cancelled, or nothing suitable. */
export const WhyNotPage = page(WhyNot);

/** §5.8 step 3: the contract's dates, value and buying organisation. */
export function TellUsAboutContractPage() {
  const { id = '', outcomeId = '' } = useParams();
  return <RequireViewer allow={isBuyer}>{() => <OutcomeStep id={id}>{(project) => <TellUsAboutContract project={project} outcomeId={outcomeId} />}</OutcomeStep>}</RequireViewer>;
}
