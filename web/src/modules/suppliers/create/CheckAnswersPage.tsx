import { Navigate, useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { useFormMutation } from '../../../ui/forms/useFormMutation';
import { Button } from '../../../ui/govuk/Button';
import { SummaryList, type SummaryListRow } from '../../../ui/govuk/SummaryList';
import { STEP_OF, useSignup, type Signup } from './signup';

const CreateSupplierAccountDocument = graphql(`
  mutation CreateSupplierAccount($input: CreateSupplierAccountInput!) {
    createSupplierAccount(input: $input) {
      id
    }
  }
`);

const ORDER = ['dunsNumber', 'companyName', 'contactName', 'contactEmail', 'contactPhone', 'loginEmail'] as const;

/** What the API refuses at the end links back to the step that asks it. */
const useCreateSupplierAccount = () =>
  useFormMutation(CreateSupplierAccountDocument, { fieldOrder: ORDER, hrefFor: (field) => `${STEP_OF[field as keyof Signup] ?? '/suppliers/create'}#${field}` });

const row = (key: string, value: string | undefined, field: keyof Signup, what: string): SummaryListRow => ({
  key: { text: key },
  value: { text: value ?? '' },
  actions: { items: [{ href: `${STEP_OF[field]}#${field}`, text: 'Change', visuallyHiddenText: what }] },
});

/** S1 step 4: check your information, then create the account; the API emails the login address. */
export function CheckAnswersPage() {
  const { signup, clear } = useSignup();
  const create = useCreateSupplierAccount();
  const navigate = useNavigate();
  const missing = ORDER.find((f) => !signup[f]);
  if (missing) return <Navigate to={STEP_OF[missing]} replace />;

  const submit = async () => {
    const input = Object.fromEntries(ORDER.map((f) => [f, signup[f]!])) as Required<Signup>;
    if (!(await create.submit({ input }))) return;
    clear();
    await navigate('/suppliers/create/complete', { replace: true, state: { email: signup.loginEmail } });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={create.hasErrors}>Check your information</Title>
        <FormErrorSummary errors={create.errors} submission={create.submission} />
        <h1 className="govuk-heading-l">Check your information</h1>
        <h2 className="govuk-heading-m">Your company details</h2>
        <SummaryList
          rows={[
            row('DUNS number', signup.dunsNumber, 'dunsNumber', 'DUNS number'),
            row('Company name', signup.companyName, 'companyName', 'company name'),
            row('Contact name', signup.contactName, 'contactName', 'contact name'),
            row('Contact email address', signup.contactEmail, 'contactEmail', 'contact email address'),
            row('Contact phone number', signup.contactPhone, 'contactPhone', 'contact phone number'),
          ]}
        />
        <h2 className="govuk-heading-m">Your login details</h2>
        <SummaryList rows={[row('Email address', signup.loginEmail, 'loginEmail', 'login email address')]} />
        <Button text="Create account" disabled={create.loading} onClick={() => void submit()} />
      </div>
    </div>
  );
}
