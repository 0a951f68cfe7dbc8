import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { useFormQuery } from '../../../ui/forms/useFormMutation';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { Details } from '../../../ui/govuk/Details';
import { Input } from '../../../ui/govuk/Input';
import { useSignup } from './signup';

const CheckDunsNumberDocument = graphql(`
  query CheckDunsNumber($dunsNumber: String!) {
    checkDunsNumber(dunsNumber: $dunsNumber)
  }
`);

const useCheckDunsNumber = () => useFormQuery(CheckDunsNumberDocument, { fieldOrder: ['dunsNumber'] });

/** S1 step 1: the DUNS number, checked for its format and that no supplier already has it. */
export function DunsNumberPage() {
  const { signup, save } = useSignup();
  const check = useCheckDunsNumber();
  const navigate = useNavigate();
  const [duns, setDuns] = useState(signup.dunsNumber ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = duns.replace(/\s+/g, '');
    const errors: FieldErrors = !value ? { dunsNumber: 'Enter your DUNS number' } : /^\d{9}$/.test(value) ? {} : { dunsNumber: 'Your DUNS number must be 9 digits' };
    const data = await check.submit({ dunsNumber: value }, errors);
    if (!data) return;
    save({ dunsNumber: data.checkDunsNumber });
    await navigate(signup.companyName ? '/suppliers/create/check-your-answers' : '/suppliers/create/company-details');
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={check.hasErrors}>Enter your DUNS number</Title>
        <BackLink href="/suppliers/create" text="Back" />
        <FormErrorSummary errors={check.errors} submission={check.submission} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="dunsNumber"
            name="dunsNumber"
            label={{ text: 'Enter your DUNS number', isPageHeading: true, classes: 'govuk-label--l' }}
            hint={{ text: 'Your DUNS number is 9 digits long. Dun & Bradstreet gives one to every registered company.' }}
            inputmode="numeric"
            autocomplete="off"
            spellcheck={false}
            width={10}
            value={duns}
            onChange={(e) => setDuns(e.target.value)}
            errorMessage={inlineError(check.errors, 'dunsNumber')}
          />
          <Details summaryText="I do not know my DUNS number">
            <p>Dun & Bradstreet gives DUNS numbers to companies for free. You can look yours up or apply for one on their website; it can take up to 5 working days.</p>
          </Details>
          <Button type="submit" text="Continue" disabled={check.loading} />
        </form>
      </div>
    </div>
  );
}
