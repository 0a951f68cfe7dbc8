import type { FrameworkForm } from '../../ui/forms/frameworkForm';
import { SectionSummary } from '../../ui/forms/SectionSummary';
import { canEditService, editSectionHref, summaryAnswers } from './liveEdit';

interface Props {
  form: FrameworkForm;
  service: Parameters<typeof canEditService>[0];
}

/**
 * The service's answers in the sections of its live-edit form, one summary card each; a section
 * the supplier may change has an "Edit" link to its page while the service can be changed.
 */
export function LiveEditSections({ form, service }: Props) {
  const editable = canEditService(service);
  const answers = summaryAnswers(service);
  return (
    <div data-testid="service-description">
      <p className="govuk-body">You can change how this service is described, but not the service itself. To offer a different service, apply when the framework next opens.</p>
      {editable ? (
        <p className="govuk-body">Your changes go live as soon as you save them. The Crown Commercial Service checks them afterwards.</p>
      ) : (
        <p className="govuk-body">You cannot change this service at the moment.</p>
      )}
      {form.sections.map((section) => (
        <SectionSummary
          key={section.slug}
          form={form}
          section={section}
          answers={answers}
          card={{
            title: { text: section.name },
            attributes: { 'data-section': section.slug },
            actions: editable && section.editable && section.pages.length ? { items: [{ href: editSectionHref(service.id, section.slug), text: 'Edit' }] } : undefined,
          }}
        />
      ))}
    </div>
  );
}
