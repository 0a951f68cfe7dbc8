import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError, type FieldErrors } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Checkboxes } from '../../ui/govuk/Checkboxes';
import { Input } from '../../ui/govuk/Input';
import { SummaryList } from '../../ui/govuk/SummaryList';
import { acceptedLots, contractTitle, frameworkPath, signPageTitle, useSignFrameworkAgreement } from './agreement';
import { SigningGuard, type Signing } from './SigningGuard';

interface Values {
  signerName: string;
  signerRole: string;
  acceptTerms: boolean;
}

function signErrors(values: Values, contract: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.signerName) errors.signerName = 'Enter your full name';
  else if (values.signerName.length > 255) errors.signerName = 'Your full name must be 255 characters or fewer';
  if (!values.signerRole) errors.signerRole = 'Enter your role at the company';
  else if (values.signerRole.length > 255) errors.signerRole = 'Your role must be 255 characters or fewer';
  if (!values.acceptTerms) errors.acceptTerms = `Select to accept the terms of the ${contract}`;
  return errors;
}

function Form({ data, framework }: Signing) {
  const sign = useSignFrameworkAgreement();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>({ signerName: '', signerRole: '', acceptTerms: false });
  const contract = `${framework.name} ${contractTitle(framework)}`;
  const title = signPageTitle(framework);
  const details = data.viewer?.supplier?.companyDetails;
  const address = details ? [details.registeredAddress.address1, details.registeredAddress.city, details.registeredAddress.postcode].filter(Boolean) : [];
  const lots = acceptedLots(data);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { ...values, signerName: values.signerName.trim(), signerRole: values.signerRole.trim() };
    const signed = await sign.submit(
      { frameworkSlug: framework.slug, signerName: trimmed.signerName, signerRole: trimmed.signerRole, acceptTerms: trimmed.acceptTerms },
      signErrors(trimmed, contract),
    );
    if (signed) await navigate(`${frameworkPath(framework.slug)}/framework-agreement-signed`);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={sign.hasErrors}>{`${title}: ${framework.name}`}</Title>
        <BackLink href={`${frameworkPath(framework.slug)}/start-framework-agreement-signing`} text="Back" />
        <FormErrorSummary errors={sign.errors} submission={sign.submission} />
        <span className="govuk-caption-l">{framework.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">By signing, you agree on behalf of your company to the terms of the {contract}. Check the details below are correct before you sign.</p>

        <h2 className="govuk-heading-m">Your company</h2>
        <SummaryList
          rows={[
            { key: { text: 'Registered name' }, value: { text: details?.registeredName ?? data.viewer?.supplier?.name } },
            {
              key: { text: 'Registered address' },
              value: {
                text: address.length ? (
                  <>
                    {address.map((line) => (
                      <span key={line} className="govuk-!-display-block">
                        {line}
                      </span>
                    ))}
                  </>
                ) : (
                  'Not given'
                ),
              },
            },
            {
              key: { text: details?.companiesHouseNumber ? 'Companies House number' : 'Registration number' },
              value: { text: details?.companiesHouseNumber ?? details?.otherCompanyRegistrationNumber ?? 'Not given' },
            },
            details ? { key: { text: 'DUNS number' }, value: { text: details.dunsNumber } } : null,
          ]}
        />
        <p className="govuk-body">
          If these details are wrong,{' '}
          <Link className="govuk-link" to="/suppliers/details">
            change your company details
          </Link>{' '}
          before you sign.
        </p>

        <h2 className="govuk-heading-m">Your appointment</h2>
        {lots.length ? (
          <>
            <p className="govuk-body">Your company is appointed to {framework.name} on:</p>
            <ul className="govuk-list govuk-list--bullet" data-testid="accepted-lots">
              {lots.map((lot) => (
                <li key={lot}>{lot}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">Your company is appointed to {framework.name}.</p>
        )}

        <h2 className="govuk-heading-m">Sign the {contractTitle(framework)}</h2>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Input
            id="signerName"
            name="signerName"
            label={{ text: 'Full name', classes: 'govuk-label--s' }}
            autocomplete="name"
            spellcheck={false}
            value={values.signerName}
            onChange={(e) => setValues({ ...values, signerName: e.target.value })}
            errorMessage={inlineError(sign.errors, 'signerName')}
          />
          <Input
            id="signerRole"
            name="signerRole"
            label={{ text: 'Role at the company', classes: 'govuk-label--s' }}
            hint={{ text: 'For example, director or company secretary' }}
            autocomplete="organization-title"
            value={values.signerRole}
            onChange={(e) => setValues({ ...values, signerRole: e.target.value })}
            errorMessage={inlineError(sign.errors, 'signerRole')}
          />
          <Checkboxes
            name="acceptTerms"
            fieldset={{ legend: { text: 'Terms of the agreement', classes: 'govuk-fieldset__legend--s' } }}
            values={values.acceptTerms ? ['accept'] : []}
            onChange={(checked) => setValues({ ...values, acceptTerms: checked.includes('accept') })}
            errorMessage={inlineError(sign.errors, 'acceptTerms')}
            items={[{ value: 'accept', text: `I accept the terms of the ${contract}` }]}
          />
          <Button type="submit" text="Sign" disabled={sign.loading} />
        </form>
      </div>
    </div>
  );
}

/** S9: the company's details and lots, then the signer's name, role and acceptance of the terms. */
export function SignAgreementPage() {
  return <SigningGuard>{(signing) => <Form {...signing} />}</SigningGuard>;
}
