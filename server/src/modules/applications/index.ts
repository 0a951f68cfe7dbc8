import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { agreementDocumentsHandler } from './agreement-documents.js';
import { applicationEmailsHandler, clarificationQuestionEmailsHandler } from './application.handlers.js';
import { ApplicationResolver } from './application.resolver.js';
import { companyDetailsSubscriber } from './company-details.js';
import { DraftService } from './draft-service.entity.js';
import { FrameworkAgreement } from './framework-agreement.entity.js';
import { ApplicationAgreementResolver, FrameworkAgreementResolver } from './framework-agreement.resolver.js';
import { DraftServiceResolver } from './draft-service.resolver.js';
import { SupplierFramework } from './supplier-framework.entity.js';
import { ApplicationDraftCountsResolver, SupplierApplicationsResolver } from './supplier-applications.resolver.js';

export const applicationsModule: ModuleDefinition = {
  name: 'applications',
  entities: [SupplierFramework, DraftService, FrameworkAgreement],
  resolvers: [ApplicationResolver, DraftServiceResolver, FrameworkAgreementResolver, ApplicationAgreementResolver, SupplierApplicationsResolver, ApplicationDraftCountsResolver],
  jobs: [],
  handlers: [applicationEmailsHandler, clarificationQuestionEmailsHandler, agreementDocumentsHandler],
  inTransaction: [companyDetailsSubscriber],
  // An application and its drafts stay private until services are published (a services event).
  unseenEvents: [
    AuditType.REGISTER_FRAMEWORK_INTEREST,
    AuditType.UPDATE_DECLARATION_ANSWERS,
    AuditType.COMPLETE_DECLARATION,
    AuditType.SIGN_AGREEMENT,
    AuditType.UPDATE_AGREEMENT,
    AuditType.CREATE_DRAFT_SERVICE,
    AuditType.UPDATE_DRAFT_SERVICE,
    AuditType.COMPLETE_DRAFT_SERVICE,
    AuditType.DELETE_DRAFT_SERVICE,
  ],
};
