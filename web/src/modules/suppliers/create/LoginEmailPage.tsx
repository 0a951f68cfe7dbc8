import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { isEmailAddress } from '../../../ui/forms/email';
import { useFormAction } from '../../../ui/forms/useFormMutation';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { Input } from '../../../ui/govuk/Input';
import { useSignup } from './signup';

/** S1 step 3: the work address the first user signs in with (buyers never see it). */
export function LoginEmailPage() {
  const { signup, save } = useSignup();
  const navigate = useNavigate();
  const form = useFormAction(async (email: string) => email, { fieldOrder: ['loginEmail'] });
  const [email, setEmail] = useState(signup.loginEmail ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    const errors: FieldErrors = !value
      ? { loginEmail: 'Enter your email address' }
      : isEmailAddress(value)
        ? {}
        : { loginEmail: 'Enter an email address in the correct format, like name@example.com' };
    if (!(await form.submit(value, errors))) return;
    save({ loginEmail: value });
    await navigate('/suppliers/create/check-your-answers');
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={form.hasErrors}>Create your login</Title>
        <BackLink href="/suppliers/create/company-details" text="Back" />
        <FormErrorSummary errors={form.errors} submission={form.submission} />
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="loginEmail"
            name="loginEmail"
            type="email"
            label={{ text: 'What email address will you sign in with?', isPageHeading: true, classes: 'govuk-label--l' }}
            hint={{ text: 'Use your work email address. We will send a link to it to create your password. Buyers will not see it.' }}
            autocomplete="email"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(form.errors, 'loginEmail')}
          />
          <Button type="submit" text="Continue" />
        </form>
      </div>
    </div>
  );
}
