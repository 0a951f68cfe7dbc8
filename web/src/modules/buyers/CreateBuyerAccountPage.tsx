import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { useFormMutation } from '../../ui/forms/useFormMutation';
import { Button } from '../../ui/govuk/Button';
import { Input } from '../../ui/govuk/Input';
import { InsetText } from '../../ui/govuk/InsetText';
import { SupportEmail } from '../content/ContentPage';
import { COMPLETE_URL, notPublicSector } from './account';

const RequestBuyerAccountDocument = graphql(`
  mutation RequestBuyerAccount($email: String!) {
    requestBuyerAccount(email: $email)
  }
`);

const useRequestBuyerAccount = () => useFormMutation(RequestBuyerAccountDocument, { fieldOrder: ['email'] });

/** What to do when the address is not from an organisation we recognise as public sector. */
function NotRecognised({ domain }: { domain: string }) {
  return (
    <section aria-labelledby="not-recognised" data-testid="domain-not-recognised">
      <h2 className="govuk-heading-m" id="not-recognised">
        If your email address was not accepted
      </h2>
      <p className="govuk-body">
        We only create buyer accounts for email addresses that end in a domain on our list of public sector organisations.{' '}
        {domain ? (
          <>
            <strong>{domain}</strong> is not on the list.
          </>
        ) : null}
      </p>
      <p className="govuk-body">You can:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>try again with your work email address, if you entered a personal one</li>
        <li>
          email <SupportEmail /> if you work for a public sector organisation whose domain we do not recognise: tell us the name of your organisation and its email domain, and we
          will check it and add it to the list
        </li>
      </ul>
    </section>
  );
}

/** A9: a public sector worker asks for a buyer account; we email them a link to create it. */
export function CreateBuyerAccountPage() {
  const request = useRequestBuyerAccount();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  // The address as it was sent: the explanation names its domain even while the field is edited.
  const [sent, setSent] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    setSent(value);
    const errors: FieldErrors = value ? {} : { email: 'Enter your email address' };
    if (await request.submit({ email: value }, errors)) await navigate(COMPLETE_URL, { state: { email: value } });
  };

  const refused = notPublicSector(request.errors.fields.email);
  const domain = sent.includes('@') ? sent.slice(sent.lastIndexOf('@') + 1).toLowerCase() : '';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={request.hasErrors}>Create a buyer account</Title>
        <FormErrorSummary
          errors={request.errors}
          submission={request.submission}
          description={refused ? 'Buyer accounts are only for people who work for a public sector organisation. Use your work email address.' : undefined}
        />
        <h1 className="govuk-heading-l">Create a buyer account</h1>
        <p className="govuk-body">With a buyer account you can publish requirements for digital outcomes, specialists and user research, and save your G-Cloud searches.</p>
        <p className="govuk-body">
          Buyer accounts are for people who work for a public sector organisation in the UK, such as a central government department, a local council, the NHS, the police, a school
          or a university.
        </p>
        <InsetText>You need an email address from your organisation. We will send a link to it to create your account.</InsetText>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="email"
            name="email"
            type="email"
            label={{ text: 'Your work email address', classes: 'govuk-label--s' }}
            hint={{ text: 'For example, firstname.lastname@department.gov.uk' }}
            autocomplete="email"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(request.errors, 'email')}
          />
          <Button type="submit" disabled={request.loading}>
            Create account
          </Button>
        </form>
        {refused ? <NotRecognised domain={domain} /> : null}
        <p className="govuk-body">
          Already have an account?{' '}
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
          .
        </p>
        <p className="govuk-body">
          Selling services to the public sector? Suppliers need a{' '}
          <Link className="govuk-link" to="/suppliers/create">
            supplier account
          </Link>{' '}
          instead.
        </p>
      </div>
    </div>
  );
}
