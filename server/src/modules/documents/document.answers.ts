import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { FieldErrors } from '../../app/errors.js';
import { DOCUMENT_ID_PATTERN } from '../frameworks/content/json-schema.js';
import { uploadQuestions } from './document.content.js';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';

const DOCUMENT_ID = new RegExp(DOCUMENT_ID_PATTERN);
/** Whether a value is a document id (a lower-case UUID): what answers, links and queries name documents by. */
export const isDocumentId = (v: unknown): v is string => typeof v === 'string' && DOCUMENT_ID.test(v);

/** Whose answers are checked: a supplier's, for a framework's services (of a lot) or declaration. */
export interface AnswerOwner {
  content: ContentCatalogue;
  supplierId: number;
  frameworkId: number;
  frameworkSlug: string;
  kind: 'services' | 'declaration';
  lotSlug?: string;
}

/**
 * The errors of upload answers: each must be a document this supplier uploaded for this question of
 * this framework, not refused by the scanner, and (when `requireClean`: completing a draft, changing
 * a live service) already scanned clean. Answers that are not document ids are left to the schemas.
 */
export async function documentAnswerErrors(em: EntityManager, owner: AnswerOwner, answers: Record<string, unknown>, requireClean: boolean): Promise<FieldErrors> {
  const questions = uploadQuestions(owner.content, owner.frameworkSlug, owner.kind, owner.kind === 'services' ? (owner.lotSlug ?? '') : '');
  const errors: FieldErrors = {};
  // Only an uploaded document is a new answer (an address kept from the original service is not).
  for (const id of questions.keys()) if (typeof answers[id] === 'string' && !isDocumentId(answers[id])) errors[id] = 'Upload the file for this question again';
  const given = [...questions.keys()].filter((id) => isDocumentId(answers[id])).map((id) => [id, answers[id] as string] as const);
  if (!given.length) return errors;
  const docs = new Map((await em.find(Document, { id: { $in: given.map(([, d]) => d) } })).map((d) => [d.id, d]));
  const purpose = owner.kind === 'services' ? DocumentPurpose.SERVICE : DocumentPurpose.DECLARATION;
  for (const [question, id] of given) {
    const doc = docs.get(id);
    if (!doc || doc.deletedAt || doc.purpose !== purpose || doc.supplierId !== owner.supplierId || doc.frameworkId !== owner.frameworkId || doc.questionId !== question)
      errors[question] = 'Upload the file for this question again';
    else if (doc.scanStatus === ScanStatus.INFECTED) errors[question] = `The file was refused: it contains a virus (${doc.scanDetail ?? 'unnamed'}). Upload a different file.`;
    else if (doc.scanStatus === ScanStatus.FAILED) errors[question] = 'The file could not be checked for viruses. Upload it again or a different file.';
    else if (requireClean && (doc.scanStatus === ScanStatus.PENDING || !doc.storedAt)) errors[question] = 'The file is still being checked for viruses: try again in a minute';
  }
  return errors;
}

/** A service's answer to one upload question: an uploaded document, or an address kept from the original service. */
export interface UploadAnswer {
  questionId: string;
  /** The question's short name in the content, e.g. "Pricing document". */
  title: string;
  documentId: string | null;
  url: string | null;
}

/** A service's answered upload questions, in the order of the content. */
export function uploadAnswersOf(content: ContentCatalogue, frameworkSlug: string, lotSlug: string, answers: Record<string, unknown>): UploadAnswer[] {
  const out: UploadAnswer[] = [];
  for (const [questionId, q] of uploadQuestions(content, frameworkSlug, 'services', lotSlug)) {
    const value = answers[questionId];
    const title = (q.name ?? q.question ?? questionId).trim();
    if (isDocumentId(value)) out.push({ questionId, title, documentId: value, url: null });
    else if (typeof value === 'string' && value.startsWith('https://')) out.push({ questionId, title, documentId: null, url: value });
  }
  return out;
}

/** The document ids among a set of service answers, by question. */
export function documentIdsOf(content: ContentCatalogue, frameworkSlug: string, lotSlug: string, answers: Record<string, unknown>): Map<string, string> {
  return new Map(uploadAnswersOf(content, frameworkSlug, lotSlug, answers).flatMap((a) => (a.documentId ? [[a.questionId, a.documentId] as const] : [])));
}
