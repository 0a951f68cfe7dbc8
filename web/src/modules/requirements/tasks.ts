import type { TaskListStatus } from '../../ui/govuk/TaskList';
import type { SectionTag } from './progress';

/** How a section's tag shows on the task list: "Done" as plain text, the others as coloured tags. */
export function tagStatus(tag: SectionTag): TaskListStatus {
  switch (tag) {
    case 'Done':
      return { text: 'Done' };
    case 'To do':
      return { tag: { text: 'To do', classes: 'govuk-tag--blue' } };
    case 'In progress':
      return { tag: { text: 'In progress', classes: 'govuk-tag--light-blue' } };
    case 'Optional':
      return { tag: { text: 'Optional', classes: 'govuk-tag--grey' } };
  }
}

/** A task that waits for others: "Cannot start yet". */
export const CANNOT_START: TaskListStatus = { text: 'Cannot start yet', classes: 'govuk-task-list__status--cannot-start-yet' };

/** The statuses after applications close. */
export const ENDED = ['CLOSED', 'AWARDED', 'CANCELLED', 'UNSUCCESSFUL'] as const;
export const hasOutcome = (status: string) => status === 'AWARDED' || status === 'CANCELLED' || status === 'UNSUCCESSFUL';
