import { AuditType } from '../audit/audit.types.js';
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
  // Accounts and sessions: a visitor reads none of them.
  unseenEvents: [
    AuditType.CREATE_USER,
    AuditType.UPDATE_USER,
    AuditType.INVITE_USER,
    AuditType.USER_AUTH_FAILED,
    AuditType.USER_SIGNED_IN,
    AuditType.USER_SIGNED_OUT,
    AuditType.REQUEST_ACCOUNT,
    AuditType.REQUEST_PASSWORD_RESET,
    AuditType.RESET_PASSWORD,
    AuditType.CHANGE_PASSWORD,
    AuditType.UNLOCK_USER,
    AuditType.ADD_BUYER_EMAIL_DOMAIN,
    AuditType.REMOVE_BUYER_EMAIL_DOMAIN,
  ],
};

export { identifyViewer } from './session.service.js';
