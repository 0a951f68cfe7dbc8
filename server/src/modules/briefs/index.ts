import type { ModuleDefinition } from '../module.js';
import { BriefUser } from './brief-user.entity.js';
import { Brief } from './brief.entity.js';
import { briefApplicationsClosedJob } from './brief.jobs.js';
import { BriefResolver } from './brief.resolver.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

export const briefsModule: ModuleDefinition = {
  name: 'briefs',
  entities: [Brief, BriefUser, BriefClarificationQuestion],
  resolvers: [BriefResolver],
  jobs: [briefApplicationsClosedJob],
};
