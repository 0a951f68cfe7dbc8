import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, type JobContext } from '../../app/jobs.js';
import { ScannerUnavailableError, type ScanOutcome } from '../../app/clamd.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Document, ScanStatus } from './document.entity.js';
import { DocumentRescan } from './document-rescan.entity.js';
import { applyVerdict, storageKey } from './document.storage.js';

/** Records a verdict on a document still waiting for it, with its event (promotion and emails follow from the event). */
async function recordVerdict(
  em: EntityManager,
  now: Date,
  documentId: string,
  outcome: ScanOutcome | { verdict: { result: 'failed'; reason: string }; engine: string },
  rescan: boolean,
): Promise<void> {
  await em.transactional(async (tx) => {
    const doc = await tx.findOne(Document, { id: documentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!doc || doc.deletedAt) return;
    if (!rescan && doc.scanStatus !== ScanStatus.PENDING) return;
    // A rescan withdraws a stored document only when a signature is found in it: a scan that fails
    // (a clamd error, a lowered size limit) says nothing about the file, which stays as it was.
    if (rescan && (doc.scanStatus !== ScanStatus.CLEAN || outcome.verdict.result !== 'infected')) {
      if (outcome.verdict.result === 'clean') {
        doc.scanEngine = outcome.engine.slice(0, 255);
        doc.scannedAt = now;
      }
      return;
    }
    const { verdict } = outcome;
    doc.scanStatus = verdict.result === 'clean' ? ScanStatus.CLEAN : verdict.result === 'infected' ? ScanStatus.INFECTED : ScanStatus.FAILED;
    doc.scanDetail = verdict.result === 'infected' ? verdict.signature.slice(0, 255) : verdict.result === 'failed' ? verdict.reason.slice(0, 255) : null;
    doc.scanEngine = outcome.engine.slice(0, 255);
    doc.scannedAt = now;
    doc.scanAttempts += 1;
    recordAudit(tx, now, {
      type: AuditType.SCAN_DOCUMENT,
      objectType: 'Document',
      objectId: doc.id,
      data: {
        documentId: doc.id,
        purpose: doc.purpose,
        verdict: doc.scanStatus,
        detail: doc.scanDetail,
        engine: doc.scanEngine,
        supplierId: doc.supplierId,
        uploadedByUserId: doc.uploadedByUserId,
        fileName: doc.fileName,
        rescan,
      },
    });
  });
}

/**
 * Scans one document in quarantine: streams it to clamd and records the verdict. It reads
 * quarantine and writes the verdict, nothing else (moving the clean file out is the promotion
 * handler's). clamd down → the job fails and is retried with backoff; the catch-up job finds any
 * document still waiting after the retries run out.
 */
export const scanDocumentJob = defineJob<{ documentId: string }>({
  name: 'documents.scan',
  // One scan per document queued or running at a time (singletonKey = its id): the catch-up job may
  // ask again for a document whose scan is still waiting to be retried.
  queue: { policy: 'exclusive', retryLimit: 12, retryDelay: 5, retryBackoff: true, retryDelayMax: 300 },
  async handle({ documentId }, ctx) {
    const { em, clock, logger } = ctx;
    const doc = await em.findOne(Document, { id: documentId });
    if (!doc || doc.deletedAt || doc.scanStatus !== ScanStatus.PENDING) return;
    if (!ctx.scanner) {
      logger.warn({ documentId }, 'no virus scanner configured (CLAMD_ADDRESS): the document waits, not downloadable');
      return;
    }
    const object = await ctx.storage!.quarantine.get(storageKey(doc));
    if (!object) {
      await recordVerdict(em, clock.now(), documentId, { verdict: { result: 'failed', reason: 'The file was missing from quarantine' }, engine: 'none' }, false);
      return;
    }
    let outcome: ScanOutcome;
    try {
      outcome = await ctx.scanner.scan(object.body);
    } catch (e) {
      throw e instanceof ScannerUnavailableError ? new Error(`virus scanner unavailable: ${e.message}`, { cause: e }) : e;
    } finally {
      // clamd may answer before the body's end (its stream limit) or fail: the rest is not needed, and an
      // unread body holds a file or a storage connection open.
      await release(object.body);
    }
    await recordVerdict(em, clock.now(), documentId, outcome, false);
    logger.info({ documentId, verdict: outcome.verdict.result }, 'document scanned');
  },
});

/** How long a document may wait before the catch-up job queues its scan again. */
const WAITING_MINUTES = 2;

/** Every few minutes: queues a scan for each document still waiting (a lost job, retries used up while clamd was down). */
export const scanWaitingDocumentsJob = defineJob<Record<string, never>>({
  name: 'documents.scan-waiting',
  cron: '*/5 * * * *',
  async handle(_data, ctx) {
    await queueWaitingScans(ctx);
    if (ctx.storage) await promoteLeftBehind({ ...ctx, storage: ctx.storage });
    await resumeRescans(ctx);
  },
});

/**
 * Clean documents whose promotion never happened (its event set aside after failing for an hour, say):
 * moved out of quarantine now. Returns how many.
 */
export async function promoteLeftBehind(ctx: Pick<JobContext, 'em' | 'clock' | 'logger'> & { storage: NonNullable<JobContext['storage']> }): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - WAITING_MINUTES * 60_000);
  const stranded = await ctx.em.find(
    Document,
    { scanStatus: ScanStatus.CLEAN, storedAt: null, deletedAt: null, scannedAt: { $lt: before } },
    { orderBy: { scannedAt: 'asc' }, limit: 100 },
  );
  for (const doc of stranded) {
    // Its bytes are in neither place: it can never be served, so it is marked as failed (and asked for again).
    if ((await applyVerdict(ctx.em, ctx.storage, ctx.clock.now(), doc)) === 'lost') {
      doc.scanStatus = ScanStatus.FAILED;
      doc.scanDetail = 'The file was lost before it was stored';
      await ctx.em.flush();
    }
  }
  if (stranded.length) ctx.logger.warn({ documents: stranded.length }, 'moved clean documents left in quarantine into storage');
  return stranded.length;
}

export async function queueWaitingScans(ctx: Pick<JobContext, 'em' | 'clock' | 'jobs' | 'logger'>): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - WAITING_MINUTES * 60_000);
  const waiting = await ctx.em.find(Document, { scanStatus: ScanStatus.PENDING, deletedAt: null, createdAt: { $lt: before } }, { fields: ['id'], limit: 1000 });
  if (!waiting.length) return 0;
  let queued = 0;
  await ctx.em.transactional(async (em) => {
    // A document whose scan is still queued (or waiting for a retry) gets no second one.
    for (const doc of waiting) if (await ctx.jobs.enqueue(em, scanDocumentJob, { documentId: doc.id }, { singletonKey: doc.id })) queued += 1;
  });
  if (queued) ctx.logger.info({ documents: queued }, 'queued scans of documents still waiting');
  return queued;
}

/** Queues the next step of every unfinished rescan again (its job's retries ran out while clamd was down): a step already queued or running is not doubled. */
export async function resumeRescans(ctx: Pick<JobContext, 'em' | 'jobs'>): Promise<number> {
  const unfinished = await ctx.em.find(DocumentRescan, { finishedAt: null });
  let queued = 0;
  if (!unfinished.length) return 0;
  await ctx.em.transactional(async (em) => {
    for (const r of unfinished) if (await ctx.jobs.enqueue(em, rescanDocumentsJob, { rescanId: r.id }, { singletonKey: rescanStepKey(r.id, r.cursor) })) queued += 1;
  });
  return queued;
}

/** One key per step of a rescan (its cursor), so that a step is queued once. */
export const rescanStepKey = (rescanId: number, cursor: string | null | undefined) => `rescan-${rescanId}-${cursor ?? 'start'}`;

/** Documents scanned per run of a rescan job; each run queues the next, so progress survives restarts. */
const RESCAN_BATCH = 25;

/** One step of a rescan of every stored document: the next batch after the rescan's cursor. */
/**
 * Destroys a stored object's body and waits until it has let go of its file or connection (a file
 * stream closes its descriptor after `destroy()` returns), so that a failing job retried many
 * times holds nothing open. A body that never says it closed is given up on after 5 s.
 */
async function release(body: Readable): Promise<void> {
  if (body.closed) return;
  const closed = once(body, 'close').then(
    () => undefined,
    () => undefined,
  );
  body.destroy();
  await Promise.race([closed, delay(5_000, undefined, { ref: false })]);
}

export const rescanDocumentsJob = defineJob<{ rescanId: number }>({
  name: 'documents.rescan',
  queue: { policy: 'exclusive', retryLimit: 12, retryDelay: 5, retryBackoff: true, retryDelayMax: 300 },
  async handle({ rescanId }, ctx) {
    const { em, clock, logger } = ctx;
    const rescan = await em.findOne(DocumentRescan, { id: rescanId });
    if (!rescan || rescan.finishedAt) return;
    if (!ctx.scanner) throw new Error('no virus scanner configured (CLAMD_ADDRESS): the rescan waits');
    const batch = await em.find(
      Document,
      { scanStatus: ScanStatus.CLEAN, storedAt: { $ne: null }, deletedAt: null, ...(rescan.cursor ? { id: { $gt: rescan.cursor } } : {}) },
      { orderBy: { id: 'asc' }, limit: RESCAN_BATCH },
    );
    let infected = 0;
    for (const doc of batch) {
      const object = await ctx.storage!.documents.get(storageKey(doc));
      if (object) {
        // Destroyed whatever happens: a failed scan (clamd down) would otherwise leave the file open on every retry.
        const outcome = await ctx.scanner.scan(object.body).finally(() => release(object.body));
        if (outcome.verdict.result === 'infected') infected += 1;
        await recordVerdict(em, clock.now(), doc.id, outcome, true);
      }
    }
    await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(DocumentRescan, { id: rescanId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      row.scanned += batch.length;
      row.infected += infected;
      row.cursor = batch.at(-1)?.id ?? row.cursor;
      if (batch.length < RESCAN_BATCH) row.finishedAt = clock.now();
      else await ctx.jobs.enqueue(tx, rescanDocumentsJob, { rescanId }, { singletonKey: rescanStepKey(rescanId, row.cursor) });
    });
    logger.info({ rescanId, scanned: batch.length, infected }, 'rescan step done');
  },
});
