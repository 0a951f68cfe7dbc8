import type { EntityManager } from '@mikro-orm/postgresql';
import type { DocumentStorage } from '../../app/storage-port.js';
import { type Document, ScanStatus } from './document.entity.js';

/** Where a document's bytes are, in quarantine and once promoted (the same key in both). */
export const storageKey = (doc: Pick<Document, 'id' | 'purpose'>): string => `${doc.purpose}/${doc.id}`;

/** Larger than any upload rule: promotion copies what quarantine already limited. */
export const PROMOTE_MAX_BYTES = 1024 * 1024 * 1024;

/** Moves a clean document out of quarantine, or deletes a refused one everywhere; idempotent. */
export async function applyVerdict(em: EntityManager, storage: DocumentStorage, now: Date, doc: Document): Promise<'done' | 'lost'> {
  const key = storageKey(doc);
  if (doc.scanStatus === ScanStatus.CLEAN && !doc.deletedAt) {
    if (!doc.storedAt) {
      const object = await storage.quarantine.get(key);
      if (object) await storage.documents.put(key, object.body, { contentType: doc.contentType, maxBytes: PROMOTE_MAX_BYTES });
      else if (!(await storage.documents.head(key))) return 'lost';
      doc.storedAt = now;
      await em.flush();
    }
    await storage.quarantine.delete(key);
  } else if (doc.scanStatus === ScanStatus.INFECTED || doc.scanStatus === ScanStatus.FAILED) {
    await storage.quarantine.delete(key);
    await storage.documents.delete(key);
    if (doc.storedAt) {
      doc.storedAt = null;
      await em.flush();
    }
  }
  return 'done';
}
