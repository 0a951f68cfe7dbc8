import type { ModuleDefinition } from '../module.js';
import { EmailMessage } from './email-message.entity.js';
import { sendEmailJob } from './notifications.jobs.js';

export const notificationsModule: ModuleDefinition = {
  name: 'notifications',
  entities: [EmailMessage],
  resolvers: [],
  jobs: [sendEmailJob as never],
};
