import { randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext, Viewer } from '../../app/context.js';
import { documentAnswerErrors } from '../documents/index.js';
import { badInput, conflict, notFound, unauthenticated } from '../../app/errors.js';
import { answerChange, applyAnswerChange } from '../../shared/answers.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { acceptsApplications } from '../frameworks/framework.status.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { canViewApplication } from './application.policy.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

export type SupplierViewer = Viewer & { supplierId: number };

/**
 * The signed-in user and the supplier they act for. Which roles may call an operation is its
 * resolver's role gate alone (suppliers); a user who acts for no supplier has no application.
 */
export function supplierViewer(ctx: AppContext): SupplierViewer {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.supplierId === null) throw notFound('Application');
  return viewer as SupplierViewer;
}

async function frameworkBySlug(em: EntityManager, slug: string): Promise<Framework> {
  const framework = await em.findOne(Framework, { slug });
  if (!framework) throw notFound(`Framework '${slug}'`);
  return framework;
}

/**
 * A supplier starts an application. Doing it again returns the same application, whatever the
 * framework's status; a new one needs the framework open. Every active user of the supplier is told (by the handler of the event recorded here).
 */
export async function registerInterest(ctx: AppContext, frameworkSlug: string): Promise<SupplierFramework> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const framework = await frameworkBySlug(em, frameworkSlug);
    const existing = await em.findOne(SupplierFramework, { supplier: viewer.supplierId, framework: framework.id });
    if (existing) return existing;
    if (!acceptsApplications(framework.status)) throw conflict(`${framework.name} is not open for applications`, { frameworkStatus: framework.status });
    const now = ctx.clock.now();
    const application = em.create(SupplierFramework, {
      supplier: em.getReference(Supplier, viewer.supplierId),
      framework,
      createdAt: now,
      updatedAt: now,
    });
    recordAudit(em, now, {
      type: AuditType.REGISTER_FRAMEWORK_INTEREST,
      actor: viewer,
      objectType: 'Supplier',
      objectId: viewer.supplierId,
      data: { supplierId: viewer.supplierId, frameworkSlug },
    });
    return application;
  });
}

async function ownApplicationForEditing(
  ctx: AppContext,
  em: EntityManager,
  frameworkSlug: string,
): Promise<{ application: SupplierFramework; framework: Framework; viewer: Viewer & { supplierId: number } }> {
  const viewer = supplierViewer(ctx);
  const framework = await frameworkBySlug(em, frameworkSlug);
  const application = await em.findOne(SupplierFramework, { supplier: viewer.supplierId, framework: framework.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!application) throw notFound(`Your application to ${framework.name}`);
  if (!acceptsApplications(framework.status))
    throw conflict(`You can no longer change your application: ${framework.name} is ${framework.status}`, { frameworkStatus: framework.status });
  if (!application.applicationCompanyDetailsConfirmed) throw conflict(`Confirm your company details for ${framework.name} before making your declaration`);
  return { application, framework, viewer };
}

/**
 * Saves some declaration answers (one page): only those questions are checked, and nothing is
 * stored unless all of them are valid; `null` clears an answer. A complete declaration that no
 * longer validates goes back to started.
 */
export async function saveDeclarationAnswers(ctx: AppContext, frameworkSlug: string, answers: Record<string, unknown>): Promise<SupplierFramework> {
  return ctx.em.transactional(async (em) => {
    const { application, framework, viewer } = await ownApplicationForEditing(ctx, em, frameworkSlug);
    if (!ctx.schemas.has('declaration', framework.slug)) throw conflict(`${framework.name} has no declaration questions`);
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const next = applyAnswerChange(application.declaration, change);
    const owner = { content: ctx.content, supplierId: viewer.supplierId, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'declaration' } as const;
    const errors = { ...(await documentAnswerErrors(em, owner, change.given, false)), ...ctx.schemas.validate('declaration', framework.slug, '', change.given, change.keys, next) };
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    const now = ctx.clock.now();
    application.declaration = next;
    application.declarationStatus =
      application.declarationStatus === DeclarationStatus.COMPLETE && Object.keys(ctx.schemas.validate('declaration', framework.slug, '', application.declaration)).length === 0
        ? DeclarationStatus.COMPLETE
        : DeclarationStatus.STARTED;
    application.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_DECLARATION_ANSWERS,
      actor: viewer,
      objectType: 'Supplier',
      objectId: viewer.supplierId,
      data: { supplierId: viewer.supplierId, frameworkSlug, update: change.keys },
    });
    return application;
  });
}

/** Marks the declaration complete once every question is answered validly. */
export async function completeDeclaration(ctx: AppContext, frameworkSlug: string): Promise<SupplierFramework> {
  return ctx.em.transactional(async (em) => {
    const { application, framework, viewer } = await ownApplicationForEditing(ctx, em, frameworkSlug);
    const owner = { content: ctx.content, supplierId: viewer.supplierId, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'declaration' } as const;
    const errors = {
      ...ctx.schemas.validate('declaration', framework.slug, '', application.declaration),
      ...(await documentAnswerErrors(em, owner, application.declaration, true)),
    };
    if (Object.keys(errors).length) throw badInput('Answer every question before completing your declaration', errors);
    const now = ctx.clock.now();
    application.declarationStatus = DeclarationStatus.COMPLETE;
    application.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.COMPLETE_DECLARATION,
      actor: viewer,
      objectType: 'Supplier',
      objectId: viewer.supplierId,
      data: { supplierId: viewer.supplierId, frameworkSlug },
    });
    return application;
  });
}

/** The framework statuses in which sourcing may correct a declaration (AD10). */
export const DECLARATION_CORRECTABLE: readonly FrameworkStatus[] = [FrameworkStatus.PENDING, FrameworkStatus.STANDSTILL, FrameworkStatus.LIVE];

/**
 * AD10: a sourcing admin corrects some answers of a supplier's declaration after applications
 * closed (pending, standstill or live). Only the given questions are checked, as for the supplier;
 * a complete declaration must stay complete (the result was given on it). Saved straight to the
 * declaration and audited with the admin as actor.
 */
export async function correctDeclarationAnswers(ctx: AppContext, frameworkSlug: string, supplierId: number, answers: Record<string, unknown>): Promise<SupplierFramework> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return ctx.em.transactional(async (em) => {
    const framework = await frameworkBySlug(em, frameworkSlug);
    const application = await em.findOne(SupplierFramework, { supplier: supplierId, framework: framework.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw notFound(`Application to ${framework.name}`);
    if (!DECLARATION_CORRECTABLE.includes(framework.status)) {
      throw conflict(`Declarations can be corrected only while the framework is pending, standstill or live: ${framework.name} is ${framework.status}`, {
        frameworkStatus: framework.status,
      });
    }
    if (!ctx.schemas.has('declaration', framework.slug)) throw conflict(`${framework.name} has no declaration questions`);
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const next = applyAnswerChange(application.declaration, change);
    const owner = { content: ctx.content, supplierId, frameworkId: framework.id, frameworkSlug: framework.slug, kind: 'declaration' } as const;
    const errors = { ...(await documentAnswerErrors(em, owner, change.given, false)), ...ctx.schemas.validate('declaration', framework.slug, '', change.given, change.keys, next) };
    if (Object.keys(errors).length) throw badInput('Check the answers', errors);
    if (application.declarationStatus === DeclarationStatus.COMPLETE) {
      const whole = ctx.schemas.validate('declaration', framework.slug, '', next);
      if (Object.keys(whole).length) throw badInput('The declaration would no longer be complete', whole);
    }
    const now = ctx.clock.now();
    application.declaration = next;
    application.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_DECLARATION_ANSWERS,
      actor: viewer,
      objectType: 'Supplier',
      objectId: supplierId,
      data: { supplierId, frameworkSlug, update: change.keys, correction: true },
    });
    return application;
  });
}

/** One application: the supplier's own, or (for application admins) any supplier's. */
export async function getApplication(ctx: AppContext, frameworkSlug: string, supplierId?: number): Promise<SupplierFramework> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const target = supplierId ?? viewer.supplierId;
  if (target === null || target === undefined || !canViewApplication(viewer, target)) throw notFound('Application');
  const framework = await frameworkBySlug(ctx.em, frameworkSlug);
  const application = await ctx.em.findOne(SupplierFramework, { supplier: target, framework: framework.id });
  if (!application) throw notFound(`Application to ${framework.name}`);
  return application;
}

/** The longest framework clarification question (dm-journeys S8). */
export const CLARIFICATION_QUESTION_MAX_LENGTH = 5000;

const REFERENCE_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const londonDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** A dated reference that does not name the supplier ("2024-05-01-K7QX2M"), for CCS to quote when it publishes the answer. */
export const clarificationReference = (now: Date): string =>
  `${londonDay.format(now)}-${Array.from({ length: 6 }, () => REFERENCE_CHARACTERS[randomInt(REFERENCE_CHARACTERS.length)]).join('')}`;

/**
 * S8: a supplier asks the Crown Commercial Service a question about a framework while its
 * clarification questions are open. Nothing is stored but the event: its handler emails the
 * question to CCS under an anonymous reference and a confirmation to the supplier's user.
 */
export async function askFrameworkClarificationQuestion(ctx: AppContext, frameworkSlug: string, rawQuestion: string): Promise<boolean> {
  const viewer = supplierViewer(ctx);
  const question = rawQuestion.trim();
  if (!question) throw badInput('Enter your question', { question: 'Enter your question' });
  if (question.length > CLARIFICATION_QUESTION_MAX_LENGTH) {
    throw badInput('Your question must be 5,000 characters or fewer', { question: 'Your question must be 5,000 characters or fewer' });
  }
  return ctx.em.transactional(async (em) => {
    const framework = await frameworkBySlug(em, frameworkSlug);
    if (!framework.clarificationQuestionsOpen) {
      throw conflict(`The deadline for asking ${framework.name} clarification questions has passed`, { clarificationQuestionsOpen: false });
    }
    const now = ctx.clock.now();
    recordAudit(em, now, {
      type: AuditType.SEND_CLARIFICATION_QUESTION,
      actor: viewer,
      objectType: 'Supplier',
      objectId: viewer.supplierId,
      data: { frameworkSlug: framework.slug, supplierId: viewer.supplierId, question, reference: clarificationReference(now) },
    });
    return true;
  });
}
