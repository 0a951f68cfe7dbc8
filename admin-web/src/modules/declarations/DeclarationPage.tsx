import { Breadcrumbs, Flash, SectionSummary, SummaryList, Tag, Title } from '@dm/web/ui';
import { DeclarationFrame, type Declaring } from './DeclarationFrame';
import { DECLARATION_CORRECTABLE, declarationHref } from './declarations';

const STATUS: Record<string, { text: string; classes: string }> = {
  COMPLETE: { text: 'Made', classes: 'govuk-tag--green' },
  STARTED: { text: 'Started, not made', classes: 'govuk-tag--yellow' },
  UNSTARTED: { text: 'Not started', classes: 'govuk-tag--grey' },
};

/** Plain text of a section's name (the content's names may hold markup). */
const plain = (html: string) => html.replace(/<[^>]*>/g, '');

function Declaration({ supplier, application, form }: Declaring) {
  const { framework } = application;
  const correctable = DECLARATION_CORRECTABLE.includes(framework.status);
  const status = STATUS[application.declarationStatus] ?? STATUS.UNSTARTED!;
  const answers = application.declaration as Record<string, unknown>;
  const title = `${framework.name} declaration`;
  return (
    <>
      <Title>{`${title} – ${supplier.name}`}</Title>
      <Breadcrumbs
        items={[{ text: 'Admin home', href: '/' }, { text: 'Find a supplier', href: '/suppliers' }, { text: supplier.name, href: `/suppliers/${supplier.id}` }, { text: title }]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Flash />
          <span className="govuk-caption-l">{supplier.name}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <SummaryList
            attributes={{ 'data-testid': 'declaration-facts' }}
            rows={[
              { key: { text: 'Framework status' }, value: { text: framework.status.toLowerCase() } },
              { key: { text: 'Declaration' }, value: { text: <Tag text={status.text} classes={status.classes} /> } },
            ]}
          />
          <p className="govuk-body">
            {correctable
              ? 'You can correct any section while the framework is pending, in standstill or live. Corrections are saved to the supplier’s declaration straight away and recorded in the audit log. Uploaded documents cannot be replaced here.'
              : 'The framework has expired, so the declaration can no longer be corrected.'}
          </p>
        </div>
      </div>
      {form.sections.map((section) => {
        const editable = correctable && section.pages.length > 0;
        return (
          <SectionSummary
            key={section.slug}
            form={form}
            section={section}
            answers={answers}
            card={{
              title: { html: section.name, headingLevel: 2 },
              actions: editable
                ? { items: [{ href: declarationHref(supplier.id, framework.slug, section.slug), text: 'Correct', visuallyHiddenText: plain(section.name) }] }
                : undefined,
            }}
          />
        );
      })}
    </>
  );
}

/** AD10: a supplier's whole declaration for a framework, its questions numbered in order, with a way to correct each section. */
export function DeclarationPage() {
  return <DeclarationFrame>{(declaring) => <Declaration {...declaring} />}</DeclarationFrame>;
}
