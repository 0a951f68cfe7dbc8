import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { EmailOutboxResolver } from './email-outbox.resolver.js';
import { JobsResolver } from './jobs.resolver.js';

/** Operations: background jobs (pg-boss queues, failed and stalled jobs, the dead-letter queue) and the email outbox. */
export const operationsModule: ModuleDefinition = {
  name: 'operations',
  entities: [],
  resolvers: [JobsResolver, EmailOutboxResolver],
  jobs: [],
  // Retrying a job, discarding one or resending an email changes nothing a visitor reads.
  unseenEvents: [AuditType.RETRY_JOB, AuditType.DISCARD_JOB, AuditType.RESEND_EMAIL],
};
