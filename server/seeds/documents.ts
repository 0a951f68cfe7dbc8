import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../src/app/content-port.js';
import type { DocumentStorage } from '../src/app/storage-port.js';
import { DocumentPurpose, documentIdsOf, renderPdf, storeGenerated } from '../src/modules/documents/index.js';

/**
 * Puts a real, small PDF behind every upload answer of a set of service answers (demo data and
 * tests that need complete services): stored and recorded as the supplier's clean documents.
 */
export async function attachDocuments(
  em: EntityManager,
  storage: DocumentStorage,
  content: ContentCatalogue,
  now: Date,
  owner: { supplierId: number; frameworkId: number; frameworkSlug: string; lotSlug: string; serviceName?: string },
  answers: Record<string, unknown>,
): Promise<number> {
  const ids = documentIdsOf(content, owner.frameworkSlug, owner.lotSlug, answers);
  for (const [questionId, id] of ids) {
    const title = questionId
      .replace(/DocumentURL$/, '')
      .replace(/([A-Z])/g, ' $1')
      .replace(/^./, (c) => c.toUpperCase());
    const bytes = await renderPdf({
      title: `${title} document`,
      subtitle: String(answers.serviceName ?? owner.serviceName ?? 'Demo service'),
      paragraphs: ['A demonstration document of the Digital Marketplace.'],
      date: now,
    });
    await storeGenerated(em, storage, now, {
      id,
      purpose: DocumentPurpose.SERVICE,
      fileName: `${title.trim().toLowerCase().replace(/\s+/g, '-')}.pdf`,
      bytes,
      supplierId: owner.supplierId,
      frameworkId: owner.frameworkId,
      questionId,
    });
  }
  return ids.size;
}
