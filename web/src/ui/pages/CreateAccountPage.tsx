import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSite } from '../app/site';
import { Title } from '../app/Title';
import { FormErrorSummary } from '../forms/FormErrorSummary';
import { inlineError } from '../forms/formErrors';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPasswordErrors } from '../forms/passwords';
import { Button } from '../govuk/Button';
import { Input } from '../govuk/Input';
import { SummaryList } from '../govuk/SummaryList';
import { ErrorPage, ServiceProblem } from './ErrorPages';
import { AccountLinkDocument, useCreateAccount } from '../session/session';

/** The page an emailed invitation opens (buyer, supplier colleague or admin): name and password. */
export function CreateAccountPage() {
  const { token = '' } = useParams();
  const link = useQuery(AccountLinkDocument, { variables: { token } });
  const create = useCreateAccount();
  const site = useSite();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [phoneNumber, setPhoneNumber] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  if (link.loading) return <p className="govuk-body">Loading…</p>;
  if (!link.data || create.errors.fields.token) {
    if (link.error && !create.errors.fields.token && !/link/i.test(link.error.message)) return <ServiceProblem />;
    return (
      <ErrorPage title="This link has expired or is not valid">
        <p className="govuk-body">Invitation links work once, for 7 days.</p>
        <p className="govuk-body">Ask the person who invited you to send a new invitation, or contact support.</p>
        {site.audience === 'public' ? (
          <p className="govuk-body">
            If you asked for a buyer account,{' '}
            <Link className="govuk-link" to="/buyers/create">
              enter your email address again
            </Link>{' '}
            to get a new link.
          </p>
        ) : null}
      </ErrorPage>
    );
  }
  const { email, role } = link.data.accountLink;
  const buyer = role === 'BUYER';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = newPasswordErrors(password, confirm);
    if (!name.trim()) errors.name = 'Enter your name';
    const input = { token, name: name.trim(), password, ...(buyer && phoneNumber.trim() ? { phoneNumber: phoneNumber.trim() } : {}) };
    const data = await create.submit({ input }, errors);
    if (data) await navigate(site.landingFor(data.createAccount.role), { replace: true });
  };

  const heading = buyer ? 'Create your buyer account' : 'Add your name and create a password';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={create.hasErrors}>{heading}</Title>
        <FormErrorSummary errors={create.errors} submission={create.submission} />
        <h1 className="govuk-heading-l">{heading}</h1>
        <SummaryList rows={[{ key: { text: 'Email address' }, value: { text: email } }]} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="name"
            name="name"
            label={{ text: 'Your name' }}
            autocomplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            errorMessage={inlineError(create.errors, 'name')}
          />
          {buyer ? (
            <Input
              id="phoneNumber"
              name="phoneNumber"
              type="tel"
              label={{ text: 'Phone number (optional)' }}
              hint={{ text: 'Suppliers may call you about your requirements' }}
              autocomplete="tel"
              classes="govuk-input--width-20"
              value={phoneNumber}
              onChange={(e) => setPhoneNumber(e.target.value)}
              errorMessage={inlineError(create.errors, 'phoneNumber')}
            />
          ) : null}
          <NewPasswordFields
            field="password"
            label="Create a password"
            confirmLabel="Confirm your password"
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            errors={create.errors}
          />
          <Button type="submit" disabled={create.loading}>
            Create account
          </Button>
        </form>
      </div>
    </div>
  );
}
