import { FrameworkLot } from './framework-lot.entity.js';
import { Framework } from './framework.entity.js';
import { FrameworkResolver } from './framework.resolver.js';
import { FormResolver } from './form.resolver.js';
import { refreshFrameworkData } from './framework.refresh.js';
import { Lot } from './lot.entity.js';
import type { ModuleDefinition } from '../module.js';

export const frameworksModule: ModuleDefinition = {
  name: 'frameworks',
  entities: [Framework, Lot, FrameworkLot],
  resolvers: [FrameworkResolver, FormResolver],
  jobs: [],
  perProcess: [refreshFrameworkData],
  publicReads: { frameworks: 300, framework: 300, form: 300 },
};
