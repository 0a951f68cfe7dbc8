import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { BriefResponse } from './brief-response.entity.js';
import { BriefResponseResolver, BriefResponsesFieldResolver } from './brief-response.resolver.js';
import { BriefUser } from './brief-user.entity.js';
import { Brief } from './brief.entity.js';
import { briefClosingScheduleHandler, briefEmailsHandler } from './brief.handlers.js';
import { briefApplicationsClosedJob } from './brief.jobs.js';
import { BriefResolver } from './brief.resolver.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

export const briefsModule: ModuleDefinition = {
  name: 'briefs',
  entities: [Brief, BriefUser, BriefClarificationQuestion, BriefResponse],
  resolvers: [BriefResolver, BriefResponseResolver, BriefResponsesFieldResolver],
  jobs: [briefApplicationsClosedJob],
  handlers: [briefEmailsHandler, briefClosingScheduleHandler],
  publicReads: { opportunities: 60, brief: 60 },
  // Drafts, their owners, questions not yet answered and responses not yet submitted.
  unseenEvents: [
    AuditType.CREATE_BRIEF,
    AuditType.UPDATE_BRIEF,
    AuditType.DELETE_BRIEF,
    AuditType.ADD_BRIEF_USER,
    AuditType.SEND_CLARIFICATION_QUESTION,
    AuditType.CREATE_BRIEF_RESPONSE,
  ],
};
