import type { ModuleDefinition } from '../module.js';
import { AuthToken } from './auth-token.entity.js';
import { BuyerEmailDomain } from './buyer-email-domain.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

export const usersModule: ModuleDefinition = {
  name: 'users',
  entities: [User, Session, AuthToken, BuyerEmailDomain],
  resolvers: [UserResolver],
  jobs: [],
};

export { identifyViewer } from './user.service.js';
