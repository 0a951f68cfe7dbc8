import { AuditType } from '../audit/audit.types.js';
import type { ModuleDefinition } from '../module.js';
import { DocumentRescan } from './document-rescan.entity.js';
import { Document } from './document.entity.js';
import { infectedDocumentEmailsHandler, promoteDocumentsHandler, removeDeletedDocumentsHandler } from './document.handlers.js';
import { rescanDocumentsJob, scanDocumentJob, scanWaitingDocumentsJob } from './document.jobs.js';
import { DocumentResolver } from './document.resolver.js';
import { FormUploadResolver } from './document.form.js';
import { documentRoutes } from './document.routes.js';

export { documentAnswerErrors, documentIdsOf, isDocumentId, uploadAnswersOf, type UploadAnswer } from './document.answers.js';
export { documentById } from './document.loaders.js';
export { downloadLink } from './document.download.js';
export { Document, DocumentPurpose, ScanStatus } from './document.entity.js';
export { generatedId, storeGenerated } from './document.handlers.js';
export { renderPdf } from './document.pdf.js';
export { documentFor, isDownloadable, storageKey } from './document.service.js';

export const documentsModule: ModuleDefinition = {
  name: 'documents',
  entities: [Document, DocumentRescan],
  resolvers: [DocumentResolver, FormUploadResolver],
  jobs: [scanDocumentJob, scanWaitingDocumentsJob, rescanDocumentsJob],
  handlers: [promoteDocumentsHandler, removeDeletedDocumentsHandler, infectedDocumentEmailsHandler],
  routes: [documentRoutes],
  // Uploads change nothing a visitor reads until a service's answers point at them (a services event);
  // a verdict may withdraw a public service's document, so it is seen.
  unseenEvents: [AuditType.UPLOAD_DOCUMENT, AuditType.GENERATE_DOCUMENT, AuditType.DOWNLOAD_AGREEMENT_DOCUMENT, AuditType.DELETE_DOCUMENT, AuditType.RESCAN_DOCUMENTS],
};
