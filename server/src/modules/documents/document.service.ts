import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../app/errors.js';
import { ObjectTooLargeError, type ObjectStore } from '../../app/storage-port.js';
import { Permission, can } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { uploadQuestions } from './document.content.js';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';
import { scanDocumentJob } from './document.jobs.js';
import { storageKey } from './document.storage.js';
import { FileSniffer, PUBLICATION_RULES, RefusedFileType, questionRule, safeFileName, type UploadRule } from './document.rules.js';

export { storageKey };

/** What an upload is for, as the upload request names it (query parameters). */
export interface UploadRequest {
  purpose?: string;
  framework?: string;
  lot?: string;
  question?: string;
  /** The supplier a category admin uploads for (a live service's answer); a supplier user's is their own. */
  supplier?: string;
}

/** An upload the viewer may make, with its rule and owner. */
export interface UploadTarget {
  purpose: DocumentPurpose;
  framework: Framework;
  questionId: string | null;
  supplierId: number | null;
  rule: UploadRule;
}

/** Frameworks whose suppliers may upload answers: drafts while open, live-service edits while live. */
const ANSWERING: Record<string, readonly FrameworkStatus[]> = {
  [DocumentPurpose.SERVICE]: [FrameworkStatus.OPEN, FrameworkStatus.LIVE],
  [DocumentPurpose.DECLARATION]: [FrameworkStatus.OPEN],
};

/** Checks who may upload what where, before a byte of the file is read. */
export async function uploadTarget(ctx: AppContext, request: UploadRequest): Promise<UploadTarget> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated('Sign in to upload a document');
  const purpose = Object.values(DocumentPurpose).find((p) => p === request.purpose);
  if (!purpose || !(purpose in ANSWERING || purpose in PUBLICATION_RULES))
    throw badInput('Say what the document is for', { purpose: 'Choose service, declaration, communication or clarification-answers' });
  const framework = request.framework ? await ctx.em.findOne(Framework, { slug: request.framework }) : null;
  if (!framework) throw badInput('Say which framework the document is for', { framework: 'Choose a framework' });
  const rule = PUBLICATION_RULES[purpose];
  if (rule) {
    if (!can(viewer.role as Role, Permission.MANAGE_FRAMEWORK_COMMUNICATIONS)) throw forbidden('Only framework managers publish framework documents');
    return { purpose, framework, questionId: null, supplierId: null, rule };
  }
  const supplierId = await answeringSupplier(ctx, purpose, request.supplier);
  // Admins answer for a supplier only on a live service (its edit page); suppliers while their framework allows.
  const statuses = viewer.role === Role.SUPPLIER ? ANSWERING[purpose]! : [FrameworkStatus.LIVE];
  if (!statuses.includes(framework.status))
    throw conflict(`Documents for ${framework.name} cannot be uploaded while it is ${framework.status}`, { frameworkStatus: framework.status });
  // Only a lot the framework has (the content is cached by lot, so no other is looked up).
  if (purpose === DocumentPurpose.SERVICE && !(request.lot && ctx.schemas.has('services', framework.slug, request.lot)))
    throw badInput('Say which lot the service is on', { lot: `Choose a lot of ${framework.name}` });
  const questions = uploadQuestions(
    ctx.content,
    framework.slug,
    purpose === DocumentPurpose.SERVICE ? 'services' : 'declaration',
    purpose === DocumentPurpose.SERVICE ? (request.lot ?? '') : '',
  );
  const question = request.question ? questions.get(request.question) : undefined;
  if (!question)
    throw badInput('Say which question the document answers', { question: `Choose one of: ${[...questions.keys()].join(', ') || 'no question of this lot takes a document'}` });
  return { purpose, framework, questionId: question.id, supplierId, rule: questionRule(question) };
}

/**
 * Whose answer an upload is: a supplier user's own supplier (naming another is refused), or, for
 * the admins who edit services, the supplier of the live service they are editing.
 */
async function answeringSupplier(ctx: AppContext, purpose: DocumentPurpose, named: string | undefined): Promise<number> {
  const viewer = ctx.viewer!;
  if (viewer.role === Role.SUPPLIER && viewer.supplierId !== null) {
    if (named !== undefined && named !== String(viewer.supplierId)) throw forbidden('Suppliers upload documents for their own supplier only');
    return viewer.supplierId;
  }
  if (purpose !== DocumentPurpose.SERVICE || !can(viewer.role as Role, Permission.EDIT_SERVICES)) throw forbidden('Only suppliers upload answers to questions');
  const id = /^[1-9]\d{0,9}$/.test(named ?? '') ? Number(named) : NaN;
  if (!Number.isSafeInteger(id) || id > 2147483647) throw badInput('Say which supplier the document is for', { supplier: 'Give the supplier’s id' });
  if (!(await ctx.em.count(Supplier, { id }))) throw notFound(`Supplier ${id}`);
  return id;
}

/**
 * Streams an upload into quarantine (checked for kind and size on the way, never held whole in
 * memory), then records the document, waiting for its scan, and queues the scan. Nothing is kept
 * when any step fails.
 */
export async function receiveUpload(ctx: AppContext, target: UploadTarget, declaredName: string, file: Readable): Promise<Document> {
  const viewer = ctx.viewer!;
  const id = randomUUID();
  const key = storageKey({ id, purpose: target.purpose });
  const sniffer = new FileSniffer(target.rule, declaredName);
  const quarantine: ObjectStore = ctx.storage.quarantine;
  // Whether the upload itself failed (the client went away, a cut-off body): the client's problem, not the storage's.
  let bodyError: unknown = null;
  file.once('error', (e) => (bodyError ??= e));
  const [piped, put] = await Promise.allSettled([
    pipeline(file, sniffer),
    quarantine.put(key, sniffer, { contentType: 'application/octet-stream', maxBytes: target.rule.maxBytes }),
  ]);
  if (piped.status === 'rejected' || put.status === 'rejected') {
    file.resume();
    const reasons = [piped, put].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    const refused = reasons.find((e) => e instanceof RefusedFileType);
    if (refused) throw badInput('The file was not accepted', { file: (refused as Error).message });
    if (reasons.some((e) => e instanceof ObjectTooLargeError)) throw badInput('The file was not accepted', { file: target.rule.sizeMessage });
    // (It may have failed before it reached here: then the stream holds the error.)
    if (bodyError || file.errored) throw badInput('The upload could not be read', { file: 'The selected file could not be uploaded - try again.' });
    throw put.status === 'rejected' ? put.reason : (piped as PromiseRejectedResult).reason;
  }
  const stored = put.value;
  try {
    return await ctx.em.transactional(async (em) => {
      const now = ctx.clock.now();
      const contentType = sniffer.result!.contentType;
      const doc = em.create(Document, {
        id,
        purpose: target.purpose,
        fileName: safeFileName(declaredName, contentType),
        contentType,
        size: stored.size,
        sha256: stored.sha256,
        supplierId: target.supplierId,
        frameworkId: target.framework.id,
        questionId: target.questionId,
        uploadedByUserId: viewer.id,
        createdAt: now,
      });
      recordAudit(em, now, {
        type: AuditType.UPLOAD_DOCUMENT,
        actor: viewer,
        objectType: 'Document',
        objectId: id,
        data: {
          documentId: id,
          purpose: target.purpose,
          frameworkSlug: target.framework.slug,
          supplierId: target.supplierId,
          questionId: target.questionId,
          fileName: doc.fileName,
          size: stored.size,
          sha256: stored.sha256,
        },
      });
      await em.flush();
      await ctx.jobs.enqueue(em, scanDocumentJob, { documentId: id }, { singletonKey: id });
      return doc;
    });
  } catch (e) {
    await quarantine.delete(key).catch(() => undefined);
    throw e;
  }
}

/** A framework manager withdraws a published document (the file goes with it). */
export async function deleteDocument(ctx: AppContext, id: string): Promise<Document> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return ctx.em.transactional(async (em) => {
    const doc = await em.findOne(Document, { id, deletedAt: null });
    if (!doc || !(doc.purpose in PUBLICATION_RULES)) throw notFound(`Document ${id}`);
    const now = ctx.clock.now();
    doc.deletedAt = now;
    recordAudit(em, now, {
      type: AuditType.DELETE_DOCUMENT,
      actor: viewer,
      objectType: 'Document',
      objectId: id,
      data: { documentId: id, purpose: doc.purpose, fileName: doc.fileName, frameworkId: doc.frameworkId },
    });
    await em.flush();
    return doc;
  });
}

/** The documents a framework manager published for a framework, newest first (pending ones only for managers). */
export async function frameworkPublications(ctx: AppContext, frameworkSlug: string): Promise<Document[]> {
  const framework = await ctx.em.findOne(Framework, { slug: frameworkSlug });
  if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
  const manager = can(ctx.viewer?.role as Role, Permission.MANAGE_FRAMEWORK_COMMUNICATIONS);
  return ctx.em.find(
    Document,
    {
      frameworkId: framework.id,
      purpose: { $in: Object.keys(PUBLICATION_RULES) as DocumentPurpose[] },
      deletedAt: null,
      ...(manager ? {} : { scanStatus: ScanStatus.CLEAN, storedAt: { $ne: null } }),
    },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
}

/** A document of a purpose attached to an object (an agreement's signature page), the latest one. */
export async function documentFor(em: EntityManager, purpose: DocumentPurpose, objectId: string | number): Promise<Document | null> {
  return em.findOne(Document, { purpose, objectId: String(objectId), deletedAt: null }, { orderBy: { createdAt: 'desc' } });
}

export const isDownloadable = (doc: Document): boolean => doc.scanStatus === ScanStatus.CLEAN && Boolean(doc.storedAt) && !doc.deletedAt;
