import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventHandler } from '../../app/events.js';
import type { DocumentStorage } from '../../app/storage-port.js';
import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { emailHandler } from '../notifications/notifications.handlers.js';
import { Role } from '../../shared/role.js';
import { User } from '../users/user.entity.js';
import { Document, type DocumentPurpose, ScanStatus } from './document.entity.js';
import { documentEmails } from './document.emails.js';
import { applyVerdict, PROMOTE_MAX_BYTES, storageKey } from './document.storage.js';

/**
 * Acts on verdicts: a clean file moves out of quarantine into the document storage and becomes
 * downloadable; an infected or unreadable one is deleted (from quarantine, and from the storage when
 * a rescan found it). Idempotent: a redelivered verdict finds the work done.
 */
export const promoteDocumentsHandler: EventHandler = {
  name: 'documents.promote',
  types: [AuditType.SCAN_DOCUMENT],
  batchSize: 20,
  async handle(events, { em, clock, storage }) {
    if (!storage) throw new Error('documents.promote needs the document storage');
    for (const event of events) {
      const doc = await em.findOne(Document, { id: String(event.data.documentId) });
      if (doc) await applyVerdict(em, storage, clock.now(), doc);
    }
  },
};

/** A withdrawn document's bytes go too (from quarantine, if it was withdrawn before its scan, and from storage). */
export const removeDeletedDocumentsHandler: EventHandler = {
  name: 'documents.remove-deleted',
  types: [AuditType.DELETE_DOCUMENT],
  batchSize: 50,
  async handle(events, { em, storage }) {
    if (!storage) throw new Error('documents.remove-deleted needs the document storage');
    for (const event of events) {
      const doc = await em.findOne(Document, { id: String(event.data.documentId) });
      if (!doc?.deletedAt) continue;
      await storage.quarantine.delete(storageKey(doc));
      await storage.documents.delete(storageKey(doc));
    }
  },
};

/** An infected upload: its uploader is told why it was refused, and the support admins that it happened. */
export const infectedDocumentEmailsHandler = emailHandler('documents.infected-emails', [AuditType.SCAN_DOCUMENT], async (event, { em, config }) => {
  if (event.data.verdict !== ScanStatus.INFECTED) return [];
  const fileName = String(event.data.fileName ?? 'a file');
  const signature = String(event.data.detail ?? 'unnamed');
  const rescan = event.data.rescan === true;
  const uploader = typeof event.data.uploadedByUserId === 'number' ? await em.findOne(User, { id: event.data.uploadedByUserId, active: true }) : null;
  const admins = await em.find(User, { role: Role.ADMIN, active: true }, { orderBy: { id: 'asc' }, limit: 50 });
  return [
    ...(uploader ? [documentEmails.uploadRefused(uploader.email, fileName, signature, rescan)] : []),
    ...admins.map((a) =>
      documentEmails.infectedUpload(a.email, fileName, signature, uploader?.email ?? 'the service', `${config?.ADMIN_WEB_URL ?? ''}/admin/audit-events`, rescan),
    ),
  ];
});

/** A stable id for a document generated because of an event, so that a redelivered event writes the same one. */
export function generatedId(eventId: number, purpose: DocumentPurpose): string {
  const h = createHash('sha256').update(`generated:${eventId}:${purpose}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Stores a document the service generated itself (an agreement PDF, demo files): straight into the
 * document storage, recorded as clean and downloadable. Nothing a user sent is in it but text.
 */
export async function storeGenerated(
  em: EntityManager,
  storage: DocumentStorage,
  now: Date,
  doc: {
    id: string;
    purpose: DocumentPurpose;
    fileName: string;
    bytes: Uint8Array;
    supplierId?: number | null;
    frameworkId?: number | null;
    objectId?: string | null;
    questionId?: string | null;
    /** A PDF unless given (a generated CSV communication, say). */
    contentType?: string;
  },
): Promise<Document> {
  const existing = await em.findOne(Document, { id: doc.id });
  if (existing) return existing;
  const key = storageKey(doc);
  const contentType = doc.contentType ?? 'application/pdf';
  const stored = await storage.documents.put(key, Readable.from([Buffer.from(doc.bytes)]), { contentType, maxBytes: PROMOTE_MAX_BYTES });
  const row = em.create(Document, {
    id: doc.id,
    purpose: doc.purpose,
    fileName: doc.fileName,
    contentType,
    size: stored.size,
    sha256: stored.sha256,
    supplierId: doc.supplierId ?? null,
    frameworkId: doc.frameworkId ?? null,
    objectId: doc.objectId ?? null,
    questionId: doc.questionId ?? null,
    uploadedByUserId: null,
    createdAt: now,
    scanStatus: ScanStatus.CLEAN,
    scanEngine: 'generated by the service',
    scannedAt: now,
    storedAt: now,
  });
  recordAudit(em, now, {
    type: AuditType.GENERATE_DOCUMENT,
    objectType: 'Document',
    objectId: doc.id,
    data: { documentId: doc.id, purpose: doc.purpose, fileName: doc.fileName, supplierId: doc.supplierId ?? null, objectId: doc.objectId ?? null },
  });
  await em.flush();
  return row;
}
