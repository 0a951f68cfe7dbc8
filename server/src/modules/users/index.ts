import type { ModuleDefinition } from '../module.js';
import { AuthToken } from './auth-token.entity.js';
import { BuyerEmailDomain } from './buyer-email-domain.entity.js';
import { Session } from './session.entity.js';
import { SupplierUsersResolver, UserSupplierResolver } from './supplier-user.resolver.js';
import { User } from './user.entity.js';
import { userEmailsHandler } from './user.handlers.js';
import { UserResolver } from './user.resolver.js';

export const usersModule: ModuleDefinition = {
  name: 'users',
  entities: [User, Session, AuthToken, BuyerEmailDomain],
  resolvers: [UserResolver, SupplierUsersResolver, UserSupplierResolver],
  jobs: [],
  handlers: [userEmailsHandler],
};

export { identifyViewer } from './session.service.js';
