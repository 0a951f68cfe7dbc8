import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flash } from '../../../ui/app/flash';
import { accountHref, useSite } from '../../../ui/app/site';
import { Title } from '../../../ui/app/Title';
import { FormErrorSummary } from '../../../ui/forms/FormErrorSummary';
import { BackLink } from '../../../ui/govuk/BackLink';
import { Button } from '../../../ui/govuk/Button';
import { Checkboxes } from '../../../ui/govuk/Checkboxes';
import { ServiceProblem } from '../../../ui/pages/ErrorPages';
import { RequireViewer } from '../../../ui/session/guards';
import { useSetUserResearchOptIn, useUserResearch } from './research';

const TITLE = 'User research mailing list';

function Form({ optedIn, account }: { optedIn: boolean; account: string }) {
  const save = useSetUserResearchOptIn();
  const navigate = useNavigate();
  const [checked, setChecked] = useState(optedIn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await save.submit({ optedIn: checked }))) return;
    const message = checked ? 'You have joined the user research mailing list' : 'You have left the user research mailing list';
    await navigate(account, flash(message));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Title error={save.hasErrors}>{TITLE}</Title>
        <BackLink href={account} text="Back to your account" />
        <FormErrorSummary errors={save.errors} submission={save.submission} />
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          We invite people on the list to tell us what they think of the Digital Marketplace, try out new features and take part in interviews. Taking part is always optional.
        </p>
        <p className="govuk-body">You can leave the list at any time.</p>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Checkboxes
            name="userResearchOptedIn"
            fieldset={{ legend: { text: 'Do you want to take part in user research?', classes: 'govuk-fieldset__legend--s' } }}
            values={checked ? ['yes'] : []}
            onChange={(values) => setChecked(values.includes('yes'))}
            items={[{ value: 'yes', text: 'Send me emails inviting me to take part in user research' }]}
          />
          <Button type="submit" text="Save" disabled={save.loading} />
        </form>
      </div>
    </div>
  );
}

function Loaded({ role }: { role: string }) {
  const { data, error } = useUserResearch();
  // Back to where this user's account is (a buyer's dashboard, a supplier's "Your account").
  const account = accountHref(useSite(), role);
  if (error && !data) return <ServiceProblem />;
  if (!data?.viewer) return <p className="govuk-body">Loading…</p>;
  return <Form optedIn={data.viewer.userResearchOptedIn} account={account} />;
}

/** A10: join or leave the user research mailing list (any signed-in user). */
export function UserResearchPage() {
  return <RequireViewer>{(viewer) => <Loaded role={viewer.role} />}</RequireViewer>;
}
