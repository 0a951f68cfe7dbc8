import { Title } from '../../ui/app/Title';
import { formatDateTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { ApplicationBreadcrumbs, ApplicationFrame, applicationHref, DeclarationGate } from './ApplicationFrame';

/** S6: what the declaration is, before starting it (then the reuse question, or the overview). */
export function DeclarationStartPage() {
  return (
    <ApplicationFrame>
      {(applying) => (
        <DeclarationGate applying={applying} editing>
          {(application) => {
            const { framework } = applying;
            const next = application.reusableDeclarations.length ? '/declaration/reuse' : '/declaration';
            return (
              <>
                <Title>Make your supplier declaration</Title>
                <ApplicationBreadcrumbs framework={framework} here="Make your supplier declaration" />
                <BackLink href={applicationHref(framework.slug)}>Back to your application</BackLink>
                <div className="govuk-grid-row">
                  <div className="govuk-grid-column-two-thirds">
                    <h1 className="govuk-heading-l">Make your supplier declaration</h1>
                    <p className="govuk-body">
                      The declaration tells the Crown Commercial Service (CCS) whether your company is eligible to join {framework.name}. You must make it to apply.
                    </p>
                    <p className="govuk-body">
                      You can change your answers at any time until the deadline{framework.applicationsCloseAt ? `, ${formatDateTime(framework.applicationsCloseAt)}` : ''}.
                    </p>
                    <p className="govuk-body">CCS will check your declaration after the deadline, and may ask you for evidence of your answers.</p>
                    <Button href={applicationHref(framework.slug, next)} text="Start your declaration" isStartButton />
                  </div>
                </div>
              </>
            );
          }}
        </DeclarationGate>
      )}
    </ApplicationFrame>
  );
}
