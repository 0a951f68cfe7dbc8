import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, TextInput, formErrors } from '../../components/forms';
import { useSignIn } from './session';

/** Only same-site paths are followed after sign-in (no open redirects). */
export const safeNext = (next: string | null): string => (next && /^\/(?!\/)/.test(next) ? next : '/');

export function SignInPage() {
  const [signIn, { loading, error }] = useSignIn();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    setClientErrors(missing);
    if (Object.keys(missing).length) return;
    const result = await signIn({ variables: { input: { email, password } } }).catch(() => null);
    if (result?.data) await navigate(safeNext(params.get('next')));
  };

  const server = error ? formErrors(error, ['email', 'password']) : { summary: [], fields: {} };
  const summary = Object.keys(clientErrors).length ? Object.entries(clientErrors).map(([field, message]) => ({ field, message })) : server.summary;
  const fields = { ...server.fields, ...clientErrors };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={summary} />
        <h1 className="govuk-heading-l">Sign in to the Digital Marketplace</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <TextInput
            id="email"
            label="Email address"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fields.email}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fields.password}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={loading}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
