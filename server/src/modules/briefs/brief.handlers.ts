import type { EventHandler } from '../../app/events.js';
import { AuditType } from '../audit/audit.types.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
import type { EmailToQueue } from '../notifications/notifications.service.js';
import { User } from '../users/user.entity.js';
import { BriefUser } from './brief-user.entity.js';
import { briefEmails, briefTitle } from './brief.emails.js';
import { Brief } from './brief.entity.js';
import { briefApplicationsClosedJob } from './brief.jobs.js';
import { BriefStatus } from './brief.status.js';

const briefIdOf = (data: Record<string, unknown>): number | null => (Number.isInteger(data.briefId) ? (data.briefId as number) : null);

/**
 * The buyers are told about a supplier's question (the supplier gets a copy of what it asked) and
 * when applications have closed. Written from the database as it is when the event is handled:
 * the brief's active buyers, its title now.
 */
export const briefEmailsHandler = emailHandler('briefs.emails', [AuditType.SEND_CLARIFICATION_QUESTION, AuditType.BRIEF_APPLICATIONS_CLOSED], async (event, { em }) => {
  const briefId = briefIdOf(event.data);
  const brief = briefId === null ? null : await em.findOne(Brief, { id: briefId });
  if (!brief) return [];
  const owners = await em.find(User, { id: { $in: (await em.find(BriefUser, { brief: brief.id })).map((o) => o.user.id) }, active: true }, { orderBy: { id: 'asc' } });
  const title = briefTitle(brief);
  if (event.type === AuditType.BRIEF_APPLICATIONS_CLOSED) {
    return brief.applicationsClosedAt ? owners.map((owner) => briefEmails.applicationsClosed(owner.email, title, brief.id, brief.applicationsClosedAt!)) : [];
  }
  const question = String(event.data.question ?? '');
  const emails: EmailToQueue[] = owners.map((owner) => briefEmails.clarificationQuestion(owner.email, title, brief.id, question));
  const asker = event.actorId === null ? null : await em.findOne(User, { id: event.actorId });
  if (asker) emails.push(briefEmails.clarificationQuestionCopy(asker.email, title, brief.id, question));
  return emails;
});

/**
 * A brief just published has its closing scheduled for the moment applications close. The job is
 * enqueued in the dispatcher's transaction, which also moves the handler's position, so an event
 * applied once schedules one job; and should a second job ever run, it finds the brief already
 * closed and does nothing (the job is idempotent on `closedNoticeSentAt`).
 */
export const briefClosingScheduleHandler: EventHandler = {
  name: 'briefs.closing-schedule',
  types: [AuditType.UPDATE_BRIEF_STATUS],
  async handle(events, { em, jobs }) {
    for (const event of events) {
      const briefId = briefIdOf(event.data);
      if (briefId === null || event.data.briefPreviousStatus !== BriefStatus.DRAFT) continue;
      const brief = await em.findOne(Brief, { id: briefId });
      if (!brief?.applicationsClosedAt || brief.closedNoticeSentAt || brief.withdrawnAt) continue;
      await jobs.enqueue(em, briefApplicationsClosedJob, { briefId }, { startAfter: brief.applicationsClosedAt, singletonKey: `brief-closed-${briefId}` });
    }
  },
};
