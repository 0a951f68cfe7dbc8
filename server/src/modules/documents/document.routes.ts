import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpRoutes } from '../../app/http-routes.js';
import { DomainError, isDatabaseUnavailable, type ErrorCode } from '../../app/errors.js';
import { User } from '../users/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { isDocumentId } from './document.answers.js';
import { checkLink } from './document.download.js';
import { Document } from './document.entity.js';
import { contentDisposition } from './document.rules.js';
import { isDownloadable, receiveUpload, storageKey, uploadTarget, type UploadRequest } from './document.service.js';

/** The largest upload request read at all; each purpose's own limit (5 MB for answers) refuses far sooner. */
export const UPLOAD_REQUEST_LIMIT_BYTES = 64 * 1024 * 1024;

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  GONE: 410,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** Answers in the API's error shape (as GraphQL errors are), with per-field messages for forms. */
function refuse(reply: FastifyReply, e: DomainError) {
  return reply
    .code(STATUS[e.code])
    .header('cache-control', 'no-store')
    .send({ errors: [{ message: e.message, extensions: { code: e.code, ...(e.fieldErrors ? { fieldErrors: e.fieldErrors } : {}) } }] });
}

async function guarded(request: FastifyRequest, reply: FastifyReply, work: () => Promise<unknown>) {
  try {
    return await work();
  } catch (e) {
    // A refusal reaches a client still sending its file only once the rest of it has been read.
    if (request.method === 'POST') await requestEnded(request);
    if (e instanceof DomainError) return refuse(reply, e);
    // What the multipart parser refuses (no boundary, a malformed or cut-off body, too many parts) is the client's.
    const status = (e as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      if (status === 413) return reply.code(413).send({ errors: [{ message: 'The upload is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return refuse(reply, new DomainError('BAD_USER_INPUT', 'The upload could not be read', { file: 'The selected file could not be uploaded - try again.' }));
    }
    if (isDatabaseUnavailable(e)) return refuse(reply, new DomainError('SERVICE_UNAVAILABLE', 'The service is unavailable: try again in a moment'));
    request.log.error({ err: e }, 'document request failed');
    return reply.code(500).send({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}

/** Waits (bounded) until the client has sent its whole request, so that a refusal reaches it instead of a reset. */
function requestEnded(request: FastifyRequest): Promise<void> {
  if (request.raw.complete || request.raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 30_000);
    request.raw.once('end', () => (clearTimeout(timer), resolve()));
    request.raw.once('close', () => (clearTimeout(timer), resolve()));
    request.raw.resume();
  });
}

/**
 * `POST /documents?purpose=&framework=&lot=&question=` takes one file (multipart field `file`),
 * streamed into quarantine; `GET /documents/:id/:name?expires=&signature=` serves a clean document
 * through a signed, short-lived link.
 */
export const documentRoutes: HttpRoutes = {
  prefix: '/documents',
  maxBodyBytes: UPLOAD_REQUEST_LIMIT_BYTES,
  async register(app, tools) {
    await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_REQUEST_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 1000, parts: 12 } });

    app.post('/', async (request, reply) =>
      guarded(request, reply, async () => {
        // A cross-site form cannot set a header, and a cross-origin script that sets one needs a preflight the API never grants.
        const origin = request.headers.origin;
        if (!request.headers['x-requested-with'] || (origin !== undefined && !tools.allowedOrigins.includes(origin)))
          throw new DomainError('FORBIDDEN', 'Upload from the Digital Marketplace pages (send the X-Requested-With header)');
        if (!request.isMultipart()) throw new DomainError('BAD_USER_INPUT', 'Send the file as multipart/form-data', { file: 'Select a file.' });
        const ctx = await tools.context(request);
        const target = await uploadTarget(ctx, request.query as UploadRequest);
        const part = await request.file().catch((e: unknown) => {
          // Only the client's body is read here: whatever the parser cannot read is the client's to fix.
          if (typeof (e as { statusCode?: number }).statusCode === 'number') throw e;
          throw new DomainError('BAD_USER_INPUT', 'The upload could not be read', { file: 'The selected file could not be uploaded - try again.' });
        });
        if (!part || !part.filename) throw new DomainError('BAD_USER_INPUT', 'No file was sent', { file: 'Select a file.' });
        try {
          const doc = await receiveUpload(ctx, target, part.filename, part.file);
          return reply
            .code(201)
            .header('cache-control', 'no-store')
            .send({ document: { id: doc.id, fileName: doc.fileName, contentType: doc.contentType, size: doc.size, scanStatus: doc.scanStatus } });
        } catch (e) {
          part.file.resume();
          await requestEnded(request);
          throw e;
        }
      }),
    );

    app.get('/:id/:name', async (request, reply) =>
      guarded(request, reply, async () => {
        const { id } = request.params as { id: string };
        const query = request.query as { expires?: string; signature?: string; by?: string };
        const ctx = await tools.context(request);
        const link = isDocumentId(id) ? checkLink(ctx.config, id, query, ctx.clock.now()) : 'invalid';
        if (link === 'invalid') throw new DomainError('FORBIDDEN', 'This download link is not valid');
        if (link === 'expired') throw new DomainError('GONE', 'This download link has expired: go back and select the document again');
        const doc = await ctx.em.findOne(Document, { id });
        if (!doc || !isDownloadable(doc)) throw new DomainError('NOT_FOUND', 'Document was not found');
        // Links given to admins for agreement documents carry who they were given to: each download is theirs, audited.
        if (query.by) {
          const user = await ctx.em.findOne(User, { id: Number(query.by) });
          recordAudit(ctx.em, ctx.clock.now(), {
            type: AuditType.DOWNLOAD_AGREEMENT_DOCUMENT,
            actor: user,
            objectType: 'Document',
            objectId: doc.id,
            data: { documentId: doc.id, purpose: doc.purpose, supplierId: doc.supplierId, agreementId: doc.objectId, ip: ctx.ip },
          });
          await ctx.em.flush();
        }
        const object = await ctx.storage.documents.get(storageKey(doc));
        if (!object) throw new DomainError('NOT_FOUND', 'Document was not found');
        return reply
          .header('content-type', doc.contentType)
          .header('content-length', String(object.size))
          .header('content-disposition', contentDisposition(doc.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .send(object.body);
      }),
    );
  },
};
