import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { FieldErrors } from '../../app/errors.js';
import { DOCUMENT_ID_PATTERN } from '../frameworks/content/json-schema.js';
import { uploadQuestions } from './document.content.js';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';

export { DOCUMENT_ID_PATTERN };
const isDocumentId = (v: unknown): v is string => typeof v === 'string' && new RegExp(DOCUMENT_ID_PATTERN).test(v);

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

/** The document ids among a set of answers (upload questions only). */
export function documentIdsOf(content: ContentCatalogue, frameworkSlug: string, lotSlug: string, answers: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of uploadQuestions(content, frameworkSlug, 'services', lotSlug).keys()) if (isDocumentId(answers[id])) out.set(id, answers[id] as string);
  return out;
}
