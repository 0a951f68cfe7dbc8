import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Input } from '../../ui/govuk/Input';
import { requirementHref } from './paths';
import { requirementTitle } from './progress';
import { useShareRequirement } from './queries';
import { RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';

function Share({ requirement }: RequirementPageProps) {
  const { id, framework, lot } = requirement;
  const navigate = useNavigate();
  const share = useShareRequirement();
  const [email, setEmail] = useState('');
  const overview = requirementHref(framework.slug, lot.slug, id);
  const title = requirementTitle(requirement.data);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = email.trim();
    const done = await share.submit({ id, email: given }, given ? undefined : { email: 'Enter the email address of a colleague with a buyer account' });
    if (done) await navigate(overview, flash(`${given} can now see and change ‘${title}’.`));
  };

  return (
    <>
      <Title error={share.hasErrors}>Share with colleagues</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Share with colleagues' }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={share.errors} submission={share.submission} />
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">Share with colleagues</h1>
          <p className="govuk-body">Colleagues you add can do everything you can with these requirements: change, publish, answer questions and award the contract.</p>
          <h2 className="govuk-heading-m">Who can work on these requirements</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="owners">
            {(requirement.users ?? []).map((u) => (
              <li key={u.id}>
                {u.name} ({u.email})
              </li>
            ))}
          </ul>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Input
              id="email"
              name="email"
              type="email"
              autocomplete="email"
              spellcheck={false}
              label={{ text: 'Email address of a colleague', classes: 'govuk-label--m' }}
              hint={{ text: 'They need a Digital Marketplace buyer account.' }}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              errorMessage={inlineError(share.errors, 'email')}
            />
            <div className="govuk-button-group">
              <Button type="submit" text="Add colleague" disabled={share.loading} />
              <Link className="govuk-link" to={overview}>
                Return to overview
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** Share with colleagues: another buyer becomes an owner of the requirement. */
export function SharePage() {
  return <RequirementFrame>{(props) => <Share {...props} />}</RequirementFrame>;
}
