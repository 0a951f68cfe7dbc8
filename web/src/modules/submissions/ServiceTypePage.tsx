import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { fieldFormErrors, NO_ERRORS, inlineError, type FormErrors } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Radios } from '../../ui/govuk/Radios';
import { lotHref, SubmissionBreadcrumbs, SubmissionsFrame, submissionsHref, type Submitting } from './SubmissionsFrame';

/** What each lot is for, in a line (our own words), under its name. */
export const LOT_DESCRIPTIONS: Record<string, string> = {
  'cloud-hosting': 'Platforms and infrastructure your buyers run their own services on, such as hosting, storage and content delivery.',
  'cloud-software': 'Applications your buyers use over the internet, such as case management, finance or collaboration tools.',
  'cloud-support': 'Help to set up, migrate, secure, run or support cloud services, including training.',
  'digital-outcomes': 'Teams that deliver a result, such as a new service or a discovery.',
  'digital-specialists': 'Individual specialists who work on a buyer’s project.',
  'user-research-studios': 'Rooms buyers hire to run user research.',
  'user-research-participants': 'Finding people to take part in user research.',
};

function ServiceType({ submitting }: { submitting: Submitting }) {
  const { framework, lots } = submitting;
  const navigate = useNavigate();
  const [lot, setLot] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submission, setSubmission] = useState(0);
  const question = 'What type of service do you want to add?';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!lot) {
      setErrors(fieldFormErrors({ lot: 'Select the type of service you want to add' }));
      setSubmission((n) => n + 1);
      return;
    }
    await navigate(lotHref(framework.slug, lot));
  };

  return (
    <>
      <Title error={errors.summary.length > 0}>{question}</Title>
      <SubmissionBreadcrumbs framework={framework} trail={[{ label: 'Add a service' }]} />
      <BackLink href={submissionsHref(framework.slug)}>Back to your services</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} submission={submission} />
          <span className="govuk-caption-l">{framework.name}</span>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Radios
              name="lot"
              idPrefix="lot"
              fieldset={{ legend: { text: question, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
              items={lots.map((l) => ({ value: l.slug, text: l.name, hint: LOT_DESCRIPTIONS[l.slug] ? { text: LOT_DESCRIPTIONS[l.slug] } : undefined }))}
              value={lot || null}
              onChange={setLot}
              errorMessage={inlineError(errors, 'lot')}
            />
            <Button type="submit" text="Save and continue" preventDoubleClick />
          </form>
        </div>
      </div>
    </>
  );
}

/** S7: which lot the new service is for. */
export function ServiceTypePage() {
  return <SubmissionsFrame editing>{(submitting) => <ServiceType submitting={submitting} />}</SubmissionsFrame>;
}
