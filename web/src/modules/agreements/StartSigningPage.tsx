import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { useFormAction } from '../../ui/forms/useFormMutation';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Radios } from '../../ui/govuk/Radios';
import { frameworkPath } from './agreement';
import { SigningGuard, type Signing } from './SigningGuard';

const QUESTION = 'Do you have the legal authority to sign on behalf of your company?';

function Question({ framework }: Signing) {
  const navigate = useNavigate();
  const [answer, setAnswer] = useState('');
  const form = useFormAction(async (value: string) => value, { fieldOrder: ['legalAuthority'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = answer ? {} : { legalAuthority: 'Select yes if you have the legal authority to sign on behalf of your company' };
    if (!(await form.submit(answer, errors))) return;
    await navigate(`${frameworkPath(framework.slug)}/${answer === 'yes' ? 'sign-framework-agreement' : 'legal-authority-needed'}`);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={form.hasErrors}>{QUESTION}</Title>
        <BackLink href="/suppliers" text="Back to your account" />
        <FormErrorSummary errors={form.errors} submission={form.submission} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <span className="govuk-caption-l">Sign your {framework.name} agreement</span>
          <Radios
            name="legalAuthority"
            inline
            fieldset={{ legend: { text: QUESTION, isPageHeading: true, classes: 'govuk-fieldset__legend--l' } }}
            hint={{ text: 'For example, you are a director or company secretary.' }}
            value={answer}
            onChange={setAnswer}
            errorMessage={inlineError(form.errors, 'legalAuthority')}
            items={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
          />
          <Button type="submit" text="Continue" />
        </form>
      </div>
    </div>
  );
}

/** S9: before signing, the user says whether they may sign for the company. */
export function StartSigningPage() {
  return <SigningGuard>{(signing) => <Question {...signing} />}</SigningGuard>;
}
