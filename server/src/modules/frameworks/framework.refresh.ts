import type { ProcessSubscriber } from '../../app/event-watch.js';
import { AuditType } from '../audit/audit.types.js';

/**
 * When an admin changes a framework, every process drops what it holds for it: its parsed content
 * and derived values, and the reference data (which framework is live, with its lots), read again
 * on next use. The only event that changes a framework or its lots (lots change only with the
 * reference seeds, which are loaded before the processes start).
 */
export const refreshFrameworkData: ProcessSubscriber = {
  name: 'frameworks.refresh-reference-data',
  types: [AuditType.FRAMEWORK_UPDATE],
  apply(events, { content, logger }) {
    for (const event of events) {
      const slug = event.data.frameworkSlug;
      // An event without its slug (none is recorded so) drops everything rather than keep stale data.
      content.refresh(typeof slug === 'string' ? slug : undefined);
      logger.info({ framework: slug, eventId: event.id }, 'framework changed: its content and reference data will be read again');
    }
  },
};
