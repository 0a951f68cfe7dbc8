import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Flash } from '../app/flash';
import { useSite } from '../app/site';
import { Title } from '../app/Title';
import { FormErrorSummary } from '../forms/FormErrorSummary';
import { inlineError } from '../forms/formErrors';
import { Button } from '../govuk/Button';
import { Input } from '../govuk/Input';
import { PasswordInput } from '../govuk/PasswordInput';
import { useSignIn, useViewer } from '../session/session';

/** Only same-site paths are followed after sign-in (no open redirects). */
export const safeNext = (next: string | null): string | null => (next && /^\/(?!\/)/.test(next) ? next : null);

export function SignInPage() {
  const site = useSite();
  const signIn = useSignIn();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signingIn, setSigningIn] = useState(false);

  const next = safeNext(params.get('next'));
  // Someone already signed in goes where they were going (not while this page signs them in).
  if (!signingIn && viewer.data?.viewer) return <Navigate to={next ?? site.landingFor(viewer.data.viewer.role)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    setSigningIn(true);
    const data = await signIn.submit({ input: { email: email.trim(), password } }, missing);
    if (data) await navigate(next ?? site.landingFor(data.signIn.role), { replace: true });
    else setSigningIn(false);
  };

  const heading = `Sign in to the ${site.serviceName}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={signIn.hasErrors}>Sign in</Title>
        <Flash />
        <FormErrorSummary
          errors={signIn.errors}
          submission={signIn.submission}
          description={
            signIn.errors.fields.password && signIn.errors.fields.email === signIn.errors.fields.password
              ? 'Check the details you entered. After 5 wrong attempts your account is locked until you reset your password.'
              : undefined
          }
        />
        <h1 className="govuk-heading-l">{heading}</h1>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="email"
            name="email"
            type="email"
            label={{ text: 'Email address' }}
            hint={{ text: 'The address you use for this service' }}
            autocomplete="email"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(signIn.errors, 'email')}
          />
          <PasswordInput
            id="password"
            name="password"
            label={{ text: 'Password' }}
            autocomplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            errorMessage={inlineError(signIn.errors, 'password')}
          />
          <Button type="submit" disabled={signIn.loading}>
            Sign in
          </Button>
        </form>
        <p className="govuk-body">
          <Link to="/reset-password" className="govuk-link">
            Forgotten your password?
          </Link>
        </p>
        {site.audience === 'public' ? (
          <>
            <h2 className="govuk-heading-m">Buy services for the public sector</h2>
            <p className="govuk-body">
              If you work for a public sector organisation and do not have an account,{' '}
              <Link to="/buyers/create" className="govuk-link">
                create a buyer account
              </Link>
              .
            </p>
            <h2 className="govuk-heading-m">Sell services on the Digital Marketplace</h2>
            <p className="govuk-body">
              If your company does not have an account yet,{' '}
              <Link to="/suppliers/create" className="govuk-link">
                create a supplier account
              </Link>
              .
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
