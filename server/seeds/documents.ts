import { createHash } from 'node:crypto';
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

const seedDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A fixed document id (a lower-case UUID) for a demo document, so that seeding again finds it. */
function demoDocumentId(name: string): string {
  const h = createHash('sha256').update(`demo-document:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * What the Crown Commercial Service has published to suppliers about an open framework (S8): its
 * timetable as a communication (CSV) and the clarification answers so far (PDF). Re-running adds nothing.
 */
export async function attachFrameworkUpdates(
  em: EntityManager,
  storage: DocumentStorage,
  now: Date,
  framework: { id: number; slug: string; name: string; clarificationsCloseAt?: Date | null; clarificationsPublishAt?: Date | null; applicationsCloseAt?: Date | null },
): Promise<number> {
  const when = (d: Date | null | undefined) => (d ? seedDay.format(d) : 'To be confirmed');
  const timetable = [
    ['Event', 'Date'],
    ['Deadline for clarification questions', when(framework.clarificationsCloseAt)],
    ['Clarification answers published by', when(framework.clarificationsPublishAt)],
    ['Deadline for applications', when(framework.applicationsCloseAt)],
  ];
  await storeGenerated(em, storage, now, {
    id: demoDocumentId(`${framework.slug}:timetable`),
    purpose: DocumentPurpose.COMMUNICATION,
    fileName: `${framework.slug}-timetable.csv`,
    contentType: 'text/csv',
    bytes: Buffer.from(`${timetable.map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n')}\r\n`),
    frameworkId: framework.id,
  });
  await storeGenerated(em, storage, now, {
    id: demoDocumentId(`${framework.slug}:clarification-answers`),
    purpose: DocumentPurpose.CLARIFICATION_ANSWERS,
    fileName: `${framework.slug}-clarification-answers.pdf`,
    bytes: await renderPdf({
      title: `${framework.name} clarification questions and answers`,
      subtitle: `Published ${seedDay.format(now)}`,
      rows: [
        ['Can a supplier offer the same service on two lots?', 'Yes. Submit a separate service for each lot, answering the questions of that lot.'],
        ['Do prices have to include VAT?', 'No. Give prices excluding VAT; buyers see that they exclude it.'],
      ],
      date: now,
    }),
    frameworkId: framework.id,
  });
  return 2;
}
