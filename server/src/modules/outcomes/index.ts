import type { ModuleDefinition } from '../module.js';
import { Outcome } from './outcome.entity.js';

export const outcomesModule: ModuleDefinition = {
  name: 'outcomes',
  entities: [Outcome],
  resolvers: [],
  jobs: [],
};
