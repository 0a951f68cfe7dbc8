import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import { inlineError } from '../../ui/forms/formErrors';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Radios } from '../../ui/govuk/Radios';
import { ApplicationBreadcrumbs, ApplicationFrame, applicationHref, DeclarationGate, type Application, type Applying } from './ApplicationFrame';
import { useSetDeclarationReuse } from './queries';

function ReuseForm({ framework, application }: { framework: Applying['framework']; application: Application }) {
  const reuse = useSetDeclarationReuse();
  const navigate = useNavigate();
  const earlier = application.reusableDeclarations[0]!;
  const [answer, setAnswer] = useState(application.prefillDeclarationFrom ? 'yes' : '');
  const overview = applicationHref(framework.slug, '/declaration');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = answer ? {} : { reuse: `Select yes if you want to reuse your answers from ${earlier.name}` };
    const done = await reuse.submit({ frameworkSlug: framework.slug, fromFrameworkSlug: answer === 'yes' ? earlier.slug : null }, errors);
    if (done)
      await navigate(overview, answer === 'yes' ? flash(`Your answers from ${earlier.name} have been added. Check each of them before you make your declaration.`) : undefined);
  };

  const question = `Do you want to reuse the answers from your ${earlier.name} declaration?`;
  return (
    <>
      <Title error={reuse.hasErrors}>Reusing answers from an earlier declaration</Title>
      <ApplicationBreadcrumbs framework={framework} here="Reusing answers from an earlier declaration" />
      <BackLink href={applicationHref(framework.slug, '/declaration')}>Back to your declaration overview</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={reuse.errors} submission={reuse.submission} />
          <h1 className="govuk-heading-l">Reusing answers from an earlier declaration</h1>
          <p className="govuk-body">
            You made a declaration for {earlier.name}. You can reuse your answers to the questions that have not changed since. You will be able to check and change each answer
            before you make your declaration.
          </p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Radios
              name="reuse"
              idPrefix="reuse"
              inline
              fieldset={{ legend: { text: question, classes: 'govuk-fieldset__legend--m' } }}
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No' },
              ]}
              value={answer || null}
              onChange={setAnswer}
              errorMessage={inlineError(reuse.errors, 'reuse') ?? inlineError(reuse.errors, 'fromFrameworkSlug')}
            />
            <Button type="submit" text="Save and continue" preventDoubleClick />
          </form>
        </div>
      </div>
    </>
  );
}

/** S6: reuse an earlier declaration's answers (offered only when there is one to reuse). */
export function DeclarationReusePage() {
  return (
    <ApplicationFrame>
      {(applying) => (
        <DeclarationGate applying={applying} editing>
          {(application) => {
            if (!application.reusableDeclarations.length) return <Navigate to={applicationHref(applying.framework.slug, '/declaration')} replace />;
            return <ReuseForm framework={applying.framework} application={application} />;
          }}
        </DeclarationGate>
      )}
    </ApplicationFrame>
  );
}
