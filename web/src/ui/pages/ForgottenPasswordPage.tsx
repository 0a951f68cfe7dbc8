import { useState, type FormEvent } from 'react';
import { Title } from '../app/Title';
import { FormErrorSummary } from '../forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../forms/formErrors';
import { Button } from '../govuk/Button';
import { Input } from '../govuk/Input';
import { Panel } from '../govuk/Panel';
import { useRequestPasswordReset } from '../session/session';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgottenPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const missing: FieldErrors = address ? {} : { email: 'Enter your email address' };
    if (await request.submit({ email: address }, missing)) setSentTo(address);
  };

  if (sentTo) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Title>Check your email</Title>
          <Panel titleText="Check your email" headingLevel={1} />
          <p className="govuk-body">
            If <strong>{sentTo}</strong> belongs to an account, we have sent it a link to reset your password. The link works for 24 hours.
          </p>
          <p className="govuk-body">If no email arrives, check your spam folder or contact support.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={request.hasErrors}>Reset your password</Title>
        <FormErrorSummary errors={request.errors} submission={request.submission} />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">We will email you a link to choose a new password.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="email"
            name="email"
            type="email"
            label={{ text: 'Email address' }}
            autocomplete="email"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(request.errors, 'email')}
          />
          <Button type="submit" disabled={request.loading}>
            Send reset email
          </Button>
        </form>
      </div>
    </div>
  );
}
