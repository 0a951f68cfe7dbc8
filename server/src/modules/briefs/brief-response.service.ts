import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { badInput, conflict, DomainError, notFound, type FieldErrors } from '../../app/errors.js';
import { answerChange, applyAnswerChange, cleanAnswers } from '../../shared/answers.js';
import { compareMoney, maxMoney, parseMoney, PRICE, type MoneyRule } from '../../shared/money.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import type { Service } from '../services/service.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { BriefResponse } from './brief-response.entity.js';
import { briefResponseStatusSql, BriefResponseStatus } from './brief-response.status.js';
import { Brief } from './brief.entity.js';
import {
  buyerMaySeeResponse,
  canSeeBriefInsides,
  canViewAnyBrief,
  isBriefOwner,
  isResponder,
  ownResponse as ownResponseOf,
  respondingSupplier,
  responsesAreOpenToBuyers,
} from './brief.policy.js';
import { currentStatus } from './brief.rules.js';
import { BriefStatus } from './brief.status.js';
import { eligibility, specialistRole } from './eligibility.js';

/** Past the resolver's role gate (suppliers): the company the viewer responds for. */
const supplierOf = (ctx: AppContext): Viewer & { supplierId: number } => respondingSupplier(requireViewer(ctx));

interface Target {
  brief: Brief;
  framework: Framework;
  lot: Lot;
}

async function targetOf(em: EntityManager, brief: Brief): Promise<Target> {
  const [framework, lot] = await Promise.all([em.findOneOrFail(Framework, { id: brief.framework.id }), em.findOneOrFail(Lot, { id: brief.lot.id })]);
  return { brief, framework, lot };
}

/** A response may change only while its brief is live, on a live or expired framework, by an eligible supplier. */
async function assertCanRespond(ctx: AppContext, em: EntityManager, t: Target, supplierId: number): Promise<Service[]> {
  const now = ctx.clock.now();
  const status = await currentStatus(em, t.brief, now);
  if (status !== BriefStatus.LIVE) {
    if (t.brief.applicationsClosedAt && status !== BriefStatus.WITHDRAWN && status !== BriefStatus.DRAFT) {
      throw conflict(`Applications closed at ${t.brief.applicationsClosedAt.toISOString()}`, {
        deadline: 'applicationsClosedAt',
        applicationsClosedAt: t.brief.applicationsClosedAt.toISOString(),
        briefStatus: status,
      });
    }
    throw conflict(`This opportunity is ${status}`, { briefStatus: status });
  }
  if (![FrameworkStatus.LIVE, FrameworkStatus.EXPIRED].includes(t.framework.status)) throw conflict(`${t.framework.name} is not live`, { frameworkStatus: t.framework.status });
  const result = await eligibility(em, t.brief, t.lot.slug, supplierId);
  if (!result.eligible) throw new DomainError('FORBIDDEN', "You can't apply for this opportunity", undefined, { reason: result.reason });
  return result.services;
}

/** Day rates as suppliers and buyers write them: prices, with a £ sign and thousands separators if they like. */
const DAY_RATE: MoneyRule = { ...PRICE, symbols: true };

/** The buyer's maximum day rate when the budget answer is a single amount ("£650", "650 a day"); else null. */
export function buyersMaximumDayRate(budgetRange: unknown): string | null {
  if (typeof budgetRange !== 'string') return null;
  const amounts = budgetRange.replace(/,/g, '').match(/£?\d+(?:\.\d+)?/g) ?? [];
  return amounts.length === 1 ? parseMoney(amounts[0], DAY_RATE) : null;
}

/** The highest day rate the supplier gave for a role across its services; null when one of them has none (no limit). */
function ownMaximumDayRate(services: Service[], role: string): string | null {
  const maxima = services.map((s) => parseMoney(s.data[`${role}PriceMax`], DAY_RATE));
  return maxima.includes(null) ? null : maxMoney(maxima as string[]);
}

/**
 * The rules beyond the schema (dm-api §5.13): one evidence item per essential and nice-to-have
 * requirement of the brief; a specialist's day rate no higher than the maximum the supplier gave
 * for the role in its service, nor than the buyer's maximum when the brief states one amount.
 */
function responseRules(t: Target, services: Service[], data: Record<string, unknown>, only?: string[]): FieldErrors {
  const errors: FieldErrors = {};
  const checks = (k: string) => !only || only.includes(k);
  const essential = Array.isArray(t.brief.data.essentialRequirements) ? t.brief.data.essentialRequirements.length : 0;
  if (
    checks('essentialRequirements') &&
    data.essentialRequirements !== undefined &&
    (!Array.isArray(data.essentialRequirements) || data.essentialRequirements.length !== essential)
  ) {
    errors.essentialRequirements = `Give evidence for each of the ${essential} essential requirements`;
  }
  const nice = Array.isArray(t.brief.data.niceToHaveRequirements) ? t.brief.data.niceToHaveRequirements.length : 0;
  if (
    checks('niceToHaveRequirements') &&
    data.niceToHaveRequirements !== undefined &&
    (!Array.isArray(data.niceToHaveRequirements) || data.niceToHaveRequirements.length !== nice)
  ) {
    errors.niceToHaveRequirements = `Answer each of the ${nice} nice-to-have requirements`;
  }
  const role = specialistRole(t.brief, t.lot.slug);
  const rate = parseMoney(data.dayRate, DAY_RATE);
  if (role && checks('dayRate') && rate !== null) {
    const ownMax = ownMaximumDayRate(services, role);
    const buyersMax = buyersMaximumDayRate(t.brief.data.budgetRange);
    if (ownMax !== null && compareMoney(rate, ownMax) > 0) errors.dayRate = 'Day rate cannot be more than the maximum day rate you’ve already provided';
    else if (buyersMax !== null && compareMoney(rate, buyersMax) > 0) errors.dayRate = `Day rate cannot be more than the buyer’s maximum of £${buyersMax}`;
  }
  return errors;
}

function validate(ctx: AppContext, t: Target, services: Service[], data: Record<string, unknown>, only?: string[]): FieldErrors {
  const errors = ctx.schemas.validate('brief-responses', t.framework.slug, t.lot.slug, data, only);
  return { ...responseRules(t, services, data, only), ...errors };
}

/** The viewer's own response, locked, with what it responds to; anyone else's is "not found". */
async function ownResponse(em: EntityManager, viewer: Viewer & { supplierId: number }, id: number): Promise<{ response: BriefResponse; t: Target }> {
  const response = await ownResponseOf(em, viewer, id);
  return { response, t: await targetOf(em, await em.findOneOrFail(Brief, { id: response.brief.id })) };
}

export async function createBriefResponse(ctx: AppContext, briefId: number, answers: Record<string, unknown>): Promise<BriefResponse> {
  const viewer = supplierOf(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await em.findOne(Brief, { id: briefId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!brief || !brief.publishedAt) throw notFound(`Brief ${briefId}`);
    const t = await targetOf(em, brief);
    const services = await assertCanRespond(ctx, em, t, viewer.supplierId);
    if (await em.findOne(BriefResponse, { brief: briefId, supplier: viewer.supplierId })) throw conflict(`Brief response already exists for supplier '${viewer.supplierId}'`);
    const data = cleanAnswers(answers);
    const errors = validate(ctx, t, services, data, Object.keys(data));
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    const now = ctx.clock.now();
    const response = em.create(BriefResponse, { brief, supplier: em.getReference(Supplier, viewer.supplierId), data, createdAt: now });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: response.id,
      data: { briefResponseId: response.id, briefId, supplierId: viewer.supplierId, briefResponseJson: data },
    });
    return response;
  });
}

/**
 * Saves answers (a page) while the brief is live, also after submission; only those questions are
 * checked, and `null` clears an answer (a submitted response must stay complete).
 */
export async function updateBriefResponse(ctx: AppContext, id: number, answers: Record<string, unknown>): Promise<BriefResponse> {
  const viewer = supplierOf(ctx);
  return ctx.em.transactional(async (em) => {
    const { response, t } = await ownResponse(em, viewer, id);
    const services = await assertCanRespond(ctx, em, t, viewer.supplierId);
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const merged = applyAnswerChange(response.data, change);
    const unknown = ctx.schemas.unknownQuestions('brief-responses', t.framework.slug, t.lot.slug, change.keys);
    if (Object.keys(unknown).length) throw badInput('Check your answers', unknown);
    const errors = validate(ctx, t, services, merged, response.submittedAt ? undefined : change.keys);
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    response.data = merged;
    recordAudit(em, ctx.clock.now(), {
      type: AuditType.UPDATE_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: id,
      data: { briefResponseId: id, supplierId: viewer.supplierId, briefResponseData: { ...change.given, ...Object.fromEntries(change.cleared.map((k) => [k, null])) } },
    });
    return response;
  });
}

/** Submits a complete response; submitting again after changes moves the time. */
export async function submitBriefResponse(ctx: AppContext, id: number): Promise<BriefResponse> {
  const viewer = supplierOf(ctx);
  return ctx.em.transactional(async (em) => {
    const { response, t } = await ownResponse(em, viewer, id);
    const services = await assertCanRespond(ctx, em, t, viewer.supplierId);
    const errors = validate(ctx, t, services, response.data);
    if (Object.keys(errors).length) throw badInput('Answer every question before submitting', errors);
    const now = ctx.clock.now();
    response.submittedAt = now;
    recordAudit(em, now, {
      type: AuditType.SUBMIT_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: id,
      data: { briefResponseId: id, supplierId: viewer.supplierId },
    });
    return response;
  });
}

/** A response: its supplier always; the brief's buyers once applications have closed (never drafts); support admins. */
export async function getBriefResponse(ctx: AppContext, id: number): Promise<BriefResponse> {
  const response = await ctx.em.findOne(BriefResponse, { id });
  if (!response) throw notFound(`Brief response ${id}`);
  const viewer = ctx.viewer;
  if (isResponder(viewer, response) || canViewAnyBrief(viewer)) return response;
  // The brief's buyers: its ownership and status are looked up only for a submitted response.
  if (response.submittedAt) {
    const brief = await ctx.em.findOneOrFail(Brief, { id: response.brief.id });
    if (buyerMaySeeResponse(response, await isBriefOwner(ctx.em, brief.id, viewer?.id), await currentStatus(ctx.em, brief, ctx.clock.now()))) return response;
  }
  throw notFound(`Brief response ${id}`);
}

/** The responses a buyer may see: submitted ones, once applications have closed. Null otherwise. */
export async function responsesForBuyer(ctx: AppContext, brief: Brief): Promise<BriefResponse[] | null> {
  if (!canSeeBriefInsides(ctx.viewer, await isBriefOwner(ctx.em, brief.id, ctx.viewer?.id))) return null;
  if (!responsesAreOpenToBuyers(await currentStatus(ctx.em, brief, ctx.clock.now()))) return null;
  return ctx.em.find(BriefResponse, { brief: brief.id, submittedAt: { $ne: null } }, { orderBy: { submittedAt: 'asc', id: 'asc' } });
}

/** The viewer's responses, newest first, optionally by status (the status rule run in SQL). */
export async function myBriefResponses(ctx: AppContext, statuses?: BriefResponseStatus[]): Promise<BriefResponse[]> {
  const viewer = supplierOf(ctx);
  if (!statuses?.length) return ctx.em.find(BriefResponse, { supplier: viewer.supplierId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  const rows = await ctx.em.execute<Array<{ id: number }>>(
    `select r.id from brief_responses r where r.supplier_id = ? and ${briefResponseStatusSql('r')} in (${statuses.map(() => '?').join(', ')})`,
    [viewer.supplierId, ...statuses],
  );
  return ctx.em.find(BriefResponse, { id: { $in: rows.map((r) => Number(r.id)) } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
