import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../../ui/forms/formErrors';
import { emailAddressError } from '../../../ui/forms/email';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { Input } from '../../../ui/govuk/Input';
import { SupplierOnly, type OwnSupplier } from '../SupplierOnly';
import { useInviteContributor } from './team';

function Form({ supplier }: { supplier: OwnSupplier }) {
  const invite = useInviteContributor();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    const emailProblem = emailAddressError(value);
    const errors: FieldErrors = emailProblem ? { email: emailProblem } : {};
    if (await invite.submit({ id: supplier.id, email: value }, errors)) await navigate('/suppliers/users', flash(`Contributor invited: we have sent an invitation to ${value}`));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={invite.hasErrors}>Invite a contributor</Title>
        <BackLink href="/suppliers/users" text="Back to contributors" />
        <FormErrorSummary errors={invite.errors} submission={invite.submission} />
        <span className="govuk-caption-l">{supplier.name}</span>
        <h1 className="govuk-heading-l">Invite a contributor</h1>
        <p className="govuk-body">We will email them a link to create their account. The link works for 7 days.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="email"
            name="email"
            type="email"
            label={{ text: 'Email address', classes: 'govuk-label--s' }}
            hint={{ text: 'Use their work email address' }}
            autocomplete="off"
            spellcheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            errorMessage={inlineError(invite.errors, 'email')}
          />
          <Button type="submit" text="Send invitation" disabled={invite.loading} />
        </form>
      </div>
    </div>
  );
}

/** S4: emails a colleague a link to join the supplier. */
export function InviteContributorPage() {
  return <SupplierOnly>{(supplier) => <Form supplier={supplier} />}</SupplierOnly>;
}
