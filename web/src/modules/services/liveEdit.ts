import type { FormSection, FrameworkForm } from '../../ui/forms/frameworkForm';
import { dependsMet } from '../../ui/forms/questions/group';
import { questionContext } from '../../ui/forms/questions/model';
import type { Answers } from '../../ui/forms/questions/types';

/**
 * What a supplier may change on a live service, from the content's live-edit form (edit_service):
 * which sections, on which pages, with which answers.
 */

interface EditableService {
  id: string;
  status: string;
  data: unknown;
  framework: { status: string };
  lot: { name: string };
}

/**
 * Whether its supplier may change the service now: while its framework is live and the Crown
 * Commercial Service has not suspended it (as the API decides).
 */
export const canEditService = (service: EditableService) => service.framework.status === 'LIVE' && service.status !== 'DISABLED' && service.status !== 'DELETED';

export const serviceHref = (id: string) => `/suppliers/services/${id}`;
export const editSectionHref = (id: string, section: string) => `${serviceHref(id)}/edit/${section}`;

/** A section the supplier may edit, by its slug; undefined for any other slug (the page is then not found). */
export const editableSection = (form: FrameworkForm, slug: string): FormSection | undefined => form.sections.find((s) => s.slug === slug && s.editable && s.pages.length > 0);

/**
 * The answers the form's summary shows: the stored ones with the two the service carries outside
 * its answers (its id and its lot, in the "Service attributes" section).
 */
export const summaryAnswers = (service: EditableService): Answers => ({ ...(service.data as Answers), id: service.id, lotName: service.lot.name });

/** The questions a section's edit page asks: its page's, but those that do not apply to the service's lot. */
export function sectionQuestionIds(form: FrameworkForm, section: FormSection): string[] {
  const ctx = questionContext(form);
  return section.pages
    .flatMap((p) => p.questionIds)
    .filter((id) => {
      const question = ctx.index.top(id);
      return question ? dependsMet(question, ctx) : false;
    });
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** "Edit service features and benefits – Managed hosting": the edit page's title. */
export const editTitle = (section: { name: string }, serviceName: string) => `Edit ${lowerFirst(section.name)} – ${serviceName}`;

/** The confirmation the service page shows once a section's changes are saved. */
export const savedMessage = (section: { name: string }) => `Your changes to ‘${section.name}’ are now live`;
