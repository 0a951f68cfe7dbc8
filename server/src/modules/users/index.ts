import type { ModuleDefinition } from '../module.js';
import { AuthToken } from './auth-token.entity.js';
import { BuyerEmailDomain } from './buyer-email-domain.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';
import { passwordResetJob } from './user.service.js';

export const usersModule: ModuleDefinition = {
  name: 'users',
  entities: [User, Session, AuthToken, BuyerEmailDomain],
  resolvers: [UserResolver],
  jobs: [passwordResetJob],
};

export { identifyViewer } from './user.service.js';
