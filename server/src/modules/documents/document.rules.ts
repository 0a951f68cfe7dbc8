import { Transform, type TransformCallback } from 'node:stream';
import type { Question } from '../frameworks/content/framework-content.js';
import { DocumentPurpose } from './document.entity.js';

/** The kinds of file the service accepts, recognised by their content (never by the name alone). */
export type FileKind = 'pdf' | 'odf' | 'csv';

/** What one upload may be: its kinds and size, with the messages a person sees when it is not. */
export interface UploadRule {
  kinds: readonly FileKind[];
  maxBytes: number;
  typeMessage: string;
  sizeMessage: string;
}

const MB = 1024 * 1024;
const OPEN_FORMAT = 'The file must be in an open format. Select an Open Document Format (ODF) or PDF/A (eg .pdf, .odt).';
const FIVE_MB = 'The file must be smaller than 5MB.';

/** The rules of the content's upload validations (`file_is_open_document_format`, `file_is_pdf`, `file_is_less_than_5mb`). */
export function questionRule(question: Question): UploadRule {
  const named = (name: string) => (question.validations ?? []).find((v) => v.name === name);
  const pdfOnly = named('file_is_pdf');
  const open = named('file_is_open_document_format');
  const size = named('file_is_less_than_5mb');
  return {
    kinds: pdfOnly ? ['pdf'] : ['pdf', 'odf'],
    maxBytes: 5 * MB,
    typeMessage: pdfOnly?.message ?? open?.message ?? OPEN_FORMAT,
    sizeMessage: size?.message ?? FIVE_MB,
  };
}

/** The rules of the documents framework managers publish (dm-journeys AD12). */
export const PUBLICATION_RULES: Partial<Record<DocumentPurpose, UploadRule>> = {
  [DocumentPurpose.COMMUNICATION]: {
    kinds: ['odf', 'csv'],
    maxBytes: 5 * MB,
    typeMessage: 'The communication must be an Open Document Format file (eg .odt, .ods) or a CSV file.',
    sizeMessage: FIVE_MB,
  },
  [DocumentPurpose.CLARIFICATION_ANSWERS]: { kinds: ['pdf'], maxBytes: 5 * MB, typeMessage: 'Clarification answers must be a PDF file.', sizeMessage: FIVE_MB },
};

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.graphics': 'odg',
  'text/csv': 'csv',
};

/** How many bytes are read before the kind is decided. */
const SNIFF_BYTES = 4096;

/** The kind and content type of a file's first bytes, or null when it is none the service accepts. */
export function recognise(head: Buffer, declaredName: string): { kind: FileKind; contentType: string } | null {
  const pdfAt = head.subarray(0, 1024).indexOf('%PDF-');
  if (pdfAt >= 0) return { kind: 'pdf', contentType: 'application/pdf' };
  // An Open Document package is a zip whose first entry is a stored file `mimetype` holding its type.
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) && head.subarray(30, 38).toString('latin1') === 'mimetype') {
    const type = /^application\/vnd\.oasis\.opendocument\.[a-z-]+/.exec(head.subarray(38, 120).toString('latin1'))?.[0];
    return type && EXTENSIONS[type] ? { kind: 'odf', contentType: type } : null;
  }
  // CSV has no signature: text (UTF-8, no NUL bytes) under a .csv name.
  if (/\.csv$/i.test(declaredName) && !head.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return { kind: 'csv', contentType: 'text/csv' };
    } catch {
      return null;
    }
  }
  return null;
}

/** Thrown by the sniffer when the content is not of an allowed kind. */
export class RefusedFileType extends Error {}

/**
 * Passes a file through unchanged once its first bytes show an allowed kind (held back until then,
 * at most SNIFF_BYTES); fails the stream with RefusedFileType otherwise. `result` holds what it saw.
 */
export class FileSniffer extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  result: { kind: FileKind; contentType: string } | null = null;

  constructor(
    private readonly rule: UploadRule,
    private readonly declaredName: string,
  ) {
    super();
  }

  private decide(): Error | null {
    const head = Buffer.concat(this.head);
    const found = recognise(head, this.declaredName);
    if (!found || !this.rule.kinds.includes(found.kind)) return new RefusedFileType(this.rule.typeMessage);
    this.result = found;
    this.push(head);
    this.head = [];
    return null;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.result) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    done(this.decide());
  }

  override _flush(done: TransformCallback): void {
    if (this.result) return done();
    if (this.headBytes === 0) return done(new RefusedFileType('The selected file is empty.'));
    done(this.decide());
  }
}

/**
 * A name safe to offer for saving: no folders, no control or shell-special characters, at most
 * 120 characters, ending with the extension of the kind the content was recognised as.
 */
export function safeFileName(given: string, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? 'bin';
  const base = (given.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 110);
  return `${base || 'document'}.${extension}`;
}

/** `Content-Disposition` for a download: always an attachment, with an ASCII fallback name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
