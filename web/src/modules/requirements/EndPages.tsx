import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { CharacterCount } from '../../ui/govuk/CharacterCount';
import { WarningText } from '../../ui/govuk/WarningText';
import { DASHBOARD_PATH, requirementHref } from './paths';
import { requirementTitle } from './progress';
import { useDeleteRequirement, useWithdrawRequirement } from './queries';
import { isDraft, isLive, RequirementBreadcrumbs, RequirementFrame, type RequirementPageProps } from './RequirementFrame';

/** The longest reason for withdrawing the API keeps. */
const REASON_MAX = 500;

function Withdraw({ requirement }: RequirementPageProps) {
  const { id, framework, lot } = requirement;
  const navigate = useNavigate();
  const withdraw = useWithdrawRequirement();
  const [reason, setReason] = useState('');
  const overview = requirementHref(framework.slug, lot.slug, id);
  const title = requirementTitle(requirement.data);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = reason.trim();
    const done = await withdraw.submit({ id, reason: given }, given ? undefined : { reason: 'Enter why you are withdrawing your requirements' });
    if (done) await navigate(DASHBOARD_PATH, flash(`You have withdrawn ‘${title}’.`));
  };

  return (
    <>
      <Title error={withdraw.hasErrors}>{`Withdraw ${title}`}</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Withdraw' }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={withdraw.errors} submission={withdraw.submission} />
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">Are you sure you want to withdraw these requirements?</h1>
          <p className="govuk-body">Withdraw your requirements only if:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>you no longer need what they describe</li>
            <li>they contain a mistake that suppliers cannot work around</li>
            <li>your budget or timescales have changed so much that suppliers would answer differently</li>
          </ul>
          <p className="govuk-body">Suppliers will no longer be able to apply, and their page will say the requirements were withdrawn. You can make a copy to publish again.</p>
          <WarningText iconFallbackText="Warning">You cannot undo this.</WarningText>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <CharacterCount
              id="reason"
              name="reason"
              maxlength={REASON_MAX}
              rows={4}
              label={{ text: 'Why are you withdrawing them?', classes: 'govuk-label--m' }}
              hint={{ text: 'Suppliers who read the requirements will see this.' }}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              errorMessage={inlineError(withdraw.errors, 'reason')}
            />
            <div className="govuk-button-group">
              <Button type="submit" text="Withdraw requirements" classes="govuk-button--warning" disabled={withdraw.loading} />
              <Link className="govuk-link" to={overview}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

function Delete({ requirement }: RequirementPageProps) {
  const { id, framework, lot } = requirement;
  const navigate = useNavigate();
  const remove = useDeleteRequirement();
  // Once deleted, the requirement's query finds nothing: the page must not turn into a 404 before it moves on.
  const [deleting, setDeleting] = useState(false);
  const overview = requirementHref(framework.slug, lot.slug, id);
  const title = requirementTitle(requirement.data);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDeleting(true);
    if (await remove.submit({ id })) await navigate(DASHBOARD_PATH, flash(`Your requirements ‘${title}’ were deleted.`));
    else setDeleting(false);
  };

  return (
    <>
      <Title error={remove.hasErrors}>{`Delete ${title}`}</Title>
      <RequirementBreadcrumbs requirement={requirement} trail={[{ label: 'Delete' }]} />
      <BackLink href={overview}>Back to overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={remove.errors} submission={remove.submission} />
          <span className="govuk-caption-l">{title}</span>
          <h1 className="govuk-heading-l">Are you sure you want to delete these requirements?</h1>
          <p className="govuk-body">Every answer in this draft will be deleted, for you and anyone you shared it with.</p>
          <WarningText iconFallbackText="Warning">You cannot undo this.</WarningText>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <div className="govuk-button-group">
              <Button type="submit" text="Yes, delete" classes="govuk-button--warning" disabled={deleting} />
              <Link className="govuk-link" to={overview}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** B10: a live requirement is withdrawn, with the reason, after a warning. */
export function WithdrawPage() {
  return <RequirementFrame allow={isLive}>{(props) => <Withdraw {...props} />}</RequirementFrame>;
}

/** B10: a draft is deleted after a warning. */
export function DeletePage() {
  return <RequirementFrame allow={isDraft}>{(props) => <Delete {...props} />}</RequirementFrame>;
}
