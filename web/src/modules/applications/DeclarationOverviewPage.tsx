import { useMemo, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { Flash, flash } from '../../ui/app/flash';
import { Title } from '../../ui/app/Title';
import { FormErrorSummary } from '../../ui/forms/FormErrorSummary';
import type { FormErrors } from '../../ui/forms/formErrors';
import { useFrameworkForm, type FrameworkForm } from '../../ui/forms/frameworkForm';
import { numberRefs, plainText } from '../../ui/forms/questions/content';
import { questionContext } from '../../ui/forms/questions/model';
import { questionType } from '../../ui/forms/questions/registry';
import { numberOf, questionName } from '../../ui/forms/questions/shared';
import type { Question, QuestionContext } from '../../ui/forms/questions/types';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { formatDateTime } from '../../ui/format';
import { BackLink } from '../../ui/govuk/BackLink';
import { Button } from '../../ui/govuk/Button';
import { Link } from '../../ui/govuk/links';
import { NotificationBanner } from '../../ui/govuk/NotificationBanner';
import { ServiceProblem } from '../../ui/pages/ErrorPages';
import { ApplicationBreadcrumbs, ApplicationFrame, applicationHref, DeclarationGate, type Application, type Applying } from './ApplicationFrame';
import { useCompleteDeclaration } from './queries';

/** The page of the declaration that asks a question (its own, or its multiquestion's), and the question. */
export function whereAsked(form: FrameworkForm, ctx: QuestionContext, key: string): { section: string; page: string; question: Question } | null {
  for (const section of form.sections)
    for (const page of section.pages)
      for (const id of page.questionIds) {
        const question = ctx.index.top(id);
        if (question && questionType(question).keys(question, ctx).includes(key)) return { section: section.slug, page: page.slug, question };
      }
  return null;
}

export const sectionHref = (framework: string, section: string) => applicationHref(framework, `/declaration/edit/${section}`);

/**
 * What stops the declaration being made, question by question in the declaration's order: its
 * number and name, what is wrong, and a link to the question on its page.
 */
function incompleteErrors(errors: FormErrors, form: FrameworkForm, ctx: QuestionContext, framework: string): FormErrors {
  const keys = Object.keys(errors.fields);
  if (!keys.length) return errors;
  const lines = keys.map((key) => {
    const found = whereAsked(form, ctx, key);
    if (!found) return { order: Number.MAX_SAFE_INTEGER, text: errors.fields[key]!, href: undefined };
    const { question } = found;
    const part = question.type === 'multiquestion' ? ctx.index.children(question).find((c) => questionType(c).keys(c, ctx).includes(key)) : undefined;
    const message = numberRefs(errors.fields[key]!, ctx.numbers);
    const generic = message === 'Check your answer' || message === 'You need to answer this question.';
    const anchor = questionType(question).anchor(question, key, '', ctx);
    return {
      order: numberOf(question, ctx) ?? 0,
      text: `${numberOf(question, ctx)}. ${questionName(part ?? question, ctx)}: ${generic ? 'you need to answer this question' : message}`,
      href: `${sectionHref(framework, found.section)}#${anchor}`,
    };
  });
  return { fields: errors.fields, summary: lines.sort((a, b) => a.order - b.order).map(({ text, href }) => ({ text, href })) };
}

function Overview({ framework, application, form }: { framework: Applying['framework']; application: Application; form: FrameworkForm }) {
  const ctx = useMemo(() => questionContext(form), [form]);
  const complete = useCompleteDeclaration((field) => `#${field}`);
  const navigate = useNavigate();
  const open = framework.status === 'OPEN';
  const made = application.declarationStatus === 'COMPLETE';
  const declaration = application.declaration as Record<string, unknown>;
  const prefilled = application.prefilledAnswers as Record<string, unknown>;
  const errors = incompleteErrors(complete.errors, form, ctx, framework.slug);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await complete.submit({ frameworkSlug: framework.slug })) await navigate(applicationHref(framework.slug), flash('You have made your supplier declaration'));
  };

  return (
    <>
      <Title error={errors.summary.length > 0}>Your declaration overview</Title>
      <ApplicationBreadcrumbs framework={framework} here="Your declaration overview" />
      <BackLink href={applicationHref(framework.slug)}>Back to your application</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <FormErrorSummary errors={errors} submission={complete.submission} description="Answer these questions before you make your declaration." />
          <span className="govuk-caption-l">{framework.name}</span>
          <h1 className="govuk-heading-l">Your declaration overview</h1>
          {made ? (
            <NotificationBanner titleText="Declaration made" role="region">
              <p className="govuk-notification-banner__heading">You have made your supplier declaration.</p>
              {open ? <p className="govuk-body">You can still change your answers until the deadline. If you do, check that every question is still answered.</p> : null}
            </NotificationBanner>
          ) : (
            <p className="govuk-body">
              You must answer all the questions and make your declaration
              {framework.applicationsCloseAt ? ` before ${formatDateTime(framework.applicationsCloseAt)}` : ' before the deadline'}.
            </p>
          )}
          {!application.prefillDeclarationFrom && application.reusableDeclarations.length && !made && open ? (
            <div className="govuk-inset-text">
              You made a declaration for {application.reusableDeclarations[0]!.name}.{' '}
              <Link className="govuk-link" href={applicationHref(framework.slug, '/declaration/reuse')}>
                Reuse answers from your {application.reusableDeclarations[0]!.name} declaration
              </Link>
            </div>
          ) : null}
          {application.prefillDeclarationFrom && Object.keys(prefilled).length && !made ? (
            <div className="govuk-inset-text">
              Some answers are from your {application.prefillDeclarationFrom.name} declaration. Review each one: it is saved only when you save its page.
            </div>
          ) : null}
        </div>
      </div>
      {form.sections.map((section) => {
        const first = section.pages[0];
        const editable = open && Boolean(first);
        const name = plainText(section.name);
        return (
          <SectionSummary
            key={section.slug}
            form={form}
            section={section}
            answers={declaration}
            prefilled={prefilled}
            changeHref={editable ? (_page, question) => `${sectionHref(framework.slug, section.slug)}#${questionType(question).anchor(question, question.id, '', ctx)}` : undefined}
            card={{
              title: { html: section.name, headingLevel: 2 },
              actions: editable ? { items: [{ href: sectionHref(framework.slug, section.slug), text: 'Edit', visuallyHiddenText: name }] } : undefined,
            }}
          />
        );
      })}
      {open && !made ? (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <p className="govuk-body">By making your declaration you confirm that your answers are true and complete.</p>
          <Button type="submit" text="Make declaration" preventDoubleClick />
        </form>
      ) : null}
    </>
  );
}

/** S6: every section of the declaration with its answers, and "Make declaration". */
export function DeclarationOverviewPage() {
  return (
    <ApplicationFrame>
      {(applying) => (
        <DeclarationGate applying={applying} editing={false}>
          {(application) => <WithForm framework={applying.framework}>{(form) => <Overview framework={applying.framework} application={application} form={form} />}</WithForm>}
        </DeclarationGate>
      )}
    </ApplicationFrame>
  );
}

/** The declaration's form of the framework, once loaded. */
export function WithForm({ framework, children }: { framework: Applying['framework']; children: (form: FrameworkForm) => ReactNode }) {
  const { form, error, loading } = useFrameworkForm('DECLARATION', framework.slug);
  if (loading && !form) return <p className="govuk-body">Loading…</p>;
  if (error || !form) return <ServiceProblem />;
  return <>{children(form)}</>;
}
