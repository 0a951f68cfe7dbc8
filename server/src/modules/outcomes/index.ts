import type { ModuleDefinition } from '../module.js';
import { Outcome } from './outcome.entity.js';
import { outcomeEmailsHandler } from './outcome.handlers.js';
import { BriefAwardResolver, BriefOutcomeResolver, DirectAwardOutcomeResolver, OutcomeResolver } from './outcome.resolver.js';

export const outcomesModule: ModuleDefinition = {
  name: 'outcomes',
  entities: [Outcome],
  resolvers: [BriefOutcomeResolver, BriefAwardResolver, DirectAwardOutcomeResolver, OutcomeResolver],
  jobs: [],
  handlers: [outcomeEmailsHandler],
};
