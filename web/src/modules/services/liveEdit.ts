export { editableSection, sectionQuestionIds } from '../../ui/forms/sections';
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

/**
 * The answers the form's summary shows: the stored ones with the two the service carries outside
 * its answers (its id and its lot, in the "Service attributes" section).
 */
export const summaryAnswers = (service: EditableService): Answers => ({ ...(service.data as Answers), id: service.id, lotName: service.lot.name });

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** "Edit service features and benefits – Managed hosting": the edit page's title. */
export const editTitle = (section: { name: string }, serviceName: string) => `Edit ${lowerFirst(section.name)} – ${serviceName}`;

/** The confirmation the service page shows once a section's changes are saved. */
export const savedMessage = (section: { name: string }) => `Your changes to ‘${section.name}’ are now live`;
