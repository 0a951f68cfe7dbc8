import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../src/app/content-port.js';
import type { DocumentStorage } from '../src/app/storage-port.js';
import { DocumentPurpose, renderPdf, storeGenerated, uploadAnswersOf } from '../src/modules/documents/index.js';

/**
 * Puts a real, small PDF behind every upload answer of a set of service answers (demo data and
 * tests that need complete services): stored and recorded as the supplier's clean documents.
 * `stored`, when given, holds the ids made already (by this call or earlier ones): those are skipped.
 */
export async function attachDocuments(
  em: EntityManager,
  storage: DocumentStorage,
  content: ContentCatalogue,
  now: Date,
  owner: { supplierId: number; frameworkId: number; frameworkSlug: string; lotSlug: string; serviceName?: string },
  answers: Record<string, unknown>,
  stored?: Set<string>,
): Promise<number> {
  // The content names each document ("Pricing document"): the PDF's title and file name follow it.
  const uploads = uploadAnswersOf(content, owner.frameworkSlug, owner.lotSlug, answers).filter((a) => a.documentId);
  for (const { questionId, title, documentId } of uploads) {
    // A document shared by several services (a supplier's terms and conditions) is made once.
    if (stored?.has(documentId!)) continue;
    stored?.add(documentId!);
    const bytes = await renderPdf({
      title,
      subtitle: String(answers.serviceName ?? owner.serviceName ?? 'Demo service'),
      paragraphs: ['A demonstration document of the Digital Marketplace.'],
      date: now,
    });
    await storeGenerated(em, storage, now, {
      id: documentId!,
      purpose: DocumentPurpose.SERVICE,
      fileName: `${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.pdf`,
      bytes,
      supplierId: owner.supplierId,
      frameworkId: owner.frameworkId,
      questionId,
    });
  }
  return uploads.length;
}
