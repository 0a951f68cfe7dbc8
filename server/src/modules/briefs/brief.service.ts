import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { badInput, conflict, DomainError, notFound, type FieldErrors } from '../../app/errors.js';
import { answerChange, applyAnswerChange, cleanAnswers } from '../../shared/answers.js';
import { withArticle } from '../../shared/words.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { FrameworkLot } from '../frameworks/framework-lot.entity.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { can, Permission } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { User } from '../users/user.entity.js';
import { currentStatus } from './brief.rules.js';
import { BriefUser } from './brief-user.entity.js';
import { briefDates, requirementsLength } from './brief.dates.js';
import { Brief } from './brief.entity.js';
import { canSeeBrief, isBriefOwner, ownBrief } from './brief.policy.js';
import { BriefStatus } from './brief.status.js';
import { eligibility } from './eligibility.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

/** Brief answers dropped by "copy": they describe one procurement's timetable. */
const NOT_COPIED = ['startDate', 'questionAndAnswerSessionDetails', 'researchDates'];
const WEIGHTINGS = ['technicalWeighting', 'culturalWeighting', 'priceWeighting'] as const;

/** Validates the answers being saved (and, on a full check, all of them), plus the weightings rule. */
function checkAnswers(ctx: AppContext, framework: Framework, lot: Lot, data: Record<string, unknown>, only?: string[]): FieldErrors {
  const errors = ctx.schemas.validate('briefs', framework.slug, lot.slug, data, only);
  const weighed = WEIGHTINGS.every((k) => typeof data[k] === 'number') && (!only || WEIGHTINGS.some((k) => only.includes(k)));
  if (!Object.keys(errors).length && weighed && WEIGHTINGS.reduce((sum, k) => sum + (data[k] as number), 0) !== 100) {
    for (const k of WEIGHTINGS) errors[k] = 'The weightings must add up to 100%';
  }
  return errors;
}

/**
 * What a full check still finds missing or wrong in a brief's answers, by answer key (the weightings
 * rule included): what stands between a draft and publishing.
 */
export function missingAnswers(ctx: AppContext, framework: Framework, lot: Lot, data: Record<string, unknown>): FieldErrors {
  if (!ctx.schemas.has('briefs', framework.slug, lot.slug)) return {};
  return checkAnswers(ctx, framework, lot, data);
}

async function briefTarget(em: EntityManager, ctx: AppContext, frameworkSlug: string, lotSlug: string): Promise<{ framework: Framework; lot: Lot }> {
  const framework = await em.findOne(Framework, { slug: frameworkSlug });
  if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
  if (framework.family !== FrameworkFamily.DIGITAL_OUTCOMES_AND_SPECIALISTS)
    throw badInput(`${framework.name} does not take requirements`, { frameworkSlug: 'Choose a Digital Outcomes and Specialists framework' });
  if (framework.status !== FrameworkStatus.LIVE) throw conflict(`${framework.name} is not live`, { frameworkStatus: framework.status });
  const lot = await em.findOne(Lot, { slug: lotSlug });
  if (!lot || !(await em.findOne(FrameworkLot, { framework: framework.id, lot: lot.id })) || !lot.allowsBrief) {
    throw badInput(`${framework.name} has no lot '${lotSlug}' that takes requirements`, { lotSlug: 'Choose a lot that takes requirements' });
  }
  if (!ctx.schemas.has('briefs', framework.slug, lot.slug)) throw conflict(`Requirements for ${lot.name} on ${framework.name} cannot be written here`);
  return { framework, lot };
}

export async function createBrief(ctx: AppContext, frameworkSlug: string, lotSlug: string, answers: Record<string, unknown>): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const { framework, lot } = await briefTarget(em, ctx, frameworkSlug, lotSlug);
    const data = cleanAnswers(answers);
    const errors = checkAnswers(ctx, framework, lot, data, Object.keys(data));
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    const now = ctx.clock.now();
    const brief = em.create(Brief, { framework, lot, data, createdAt: now, updatedAt: now });
    em.create(BriefUser, { brief, user: em.getReference(User, viewer.id) });
    await em.flush();
    recordAudit(em, now, { type: AuditType.CREATE_BRIEF, actor: viewer, objectType: 'Brief', objectId: brief.id, data: { briefId: brief.id, briefJson: data } });
    return brief;
  });
}

/** Saves answers to a draft: only those questions are checked; nothing is stored unless all are valid; `null` clears an answer. */
export async function updateBrief(ctx: AppContext, id: number, answers: Record<string, unknown>): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await ownBrief(em, viewer, id);
    const now = ctx.clock.now();
    const status = await currentStatus(em, brief, now);
    if (status !== BriefStatus.DRAFT) throw conflict(`Cannot update ${withArticle(status)} brief`, { briefStatus: status });
    const change = answerChange(answers);
    if (!change.keys.length) throw badInput('Answer at least one question');
    const [framework, lot] = await Promise.all([em.findOneOrFail(Framework, { id: brief.framework.id }), em.findOneOrFail(Lot, { id: brief.lot.id })]);
    const merged = applyAnswerChange(brief.data, change);
    const errors = checkAnswers(ctx, framework, lot, merged, change.keys);
    if (Object.keys(errors).length) throw badInput('Check your answers', errors);
    brief.data = merged;
    brief.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.UPDATE_BRIEF,
      actor: viewer,
      objectType: 'Brief',
      objectId: brief.id,
      data: { briefId: brief.id, briefJson: { ...change.given, ...Object.fromEntries(change.cleared.map((k) => [k, null])) } },
    });
    return brief;
  });
}

export async function deleteBrief(ctx: AppContext, id: number): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const brief = await ownBrief(em, viewer, id);
    const status = await currentStatus(em, brief, ctx.clock.now());
    if (status !== BriefStatus.DRAFT) throw conflict(`Cannot delete ${withArticle(status)} brief`, { briefStatus: status });
    await em.nativeDelete(BriefUser, { brief: id });
    em.remove(brief);
    recordAudit(em, ctx.clock.now(), { type: AuditType.DELETE_BRIEF, actor: viewer, data: { briefId: id } });
  });
  return true;
}

/** A new draft like this one, on the family's live framework, for the same buyers; timetable answers left out. */
export async function copyBrief(ctx: AppContext, id: number): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const original = await ownBrief(em, viewer, id);
    const source = await em.findOneOrFail(Framework, { id: original.framework.id });
    const live = await em.find(Framework, { family: source.family, status: FrameworkStatus.LIVE });
    if (live.length !== 1) throw conflict('There is no single live framework to copy this requirement to');
    const framework = live[0]!;
    const lot = await em.findOneOrFail(Lot, { id: original.lot.id });
    if (!(await em.findOne(FrameworkLot, { framework: framework.id, lot: lot.id }))) throw conflict(`${framework.name} has no ${lot.name} lot`);
    const data = Object.fromEntries(Object.entries(structuredClone(original.data)).filter(([k]) => !NOT_COPIED.includes(k)));
    if (typeof data.title === 'string' && data.title.length >= 1 && data.title.length <= 95) data.title = `${data.title} copy`;
    const now = ctx.clock.now();
    const brief = em.create(Brief, { framework, lot, data, isACopy: true, createdAt: now, updatedAt: now });
    for (const owner of await em.find(BriefUser, { brief: original.id })) em.create(BriefUser, { brief, user: owner.user });
    await em.flush();
    recordAudit(em, now, { type: AuditType.CREATE_BRIEF, actor: viewer, objectType: 'Brief', objectId: brief.id, data: { briefId: brief.id, originalBriefId: original.id } });
    return brief;
  });
}

/** Another buyer becomes an owner of the brief (they must have an active buyer account). */
export async function addBriefUser(ctx: AppContext, id: number, email: string): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await ownBrief(em, viewer, id);
    const user = await em.findOne(User, { email: email.trim().toLowerCase() });
    if (!user || user.role !== Role.BUYER || !user.active) throw badInput('The brief user must be an active buyer', { email: 'Enter the email address of a buyer account' });
    if (await isBriefOwner(em, brief.id, user.id)) throw conflict(`${user.email} can already edit this requirement`);
    em.create(BriefUser, { brief, user });
    recordAudit(em, ctx.clock.now(), { type: AuditType.ADD_BRIEF_USER, actor: viewer, objectType: 'Brief', objectId: brief.id, data: { briefId: brief.id, userId: user.id } });
    return brief;
  });
}

async function changeStatus(ctx: AppContext, em: EntityManager, viewer: Viewer, brief: Brief, from: BriefStatus, apply: (now: Date) => void | Promise<void>): Promise<Brief> {
  const now = ctx.clock.now();
  const previous = await currentStatus(em, brief, now);
  if (previous !== from) throw conflict(`Cannot change ${withArticle(previous)} brief`, { briefStatus: previous });
  await apply(now);
  brief.updatedAt = now;
  recordAudit(em, now, {
    type: AuditType.UPDATE_BRIEF_STATUS,
    actor: viewer,
    objectType: 'Brief',
    objectId: brief.id,
    data: { briefId: brief.id, briefPreviousStatus: previous, briefStatus: await currentStatus(em, brief, now) },
  });
  return brief;
}

/**
 * Publishes a complete draft on a live framework. Its dates are fixed now; the event it records
 * (draft → live) is what schedules the closing of applications (brief.handlers.ts).
 */
export async function publishBrief(ctx: AppContext, id: number): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await ownBrief(em, viewer, id);
    const [framework, lot] = await Promise.all([em.findOneOrFail(Framework, { id: brief.framework.id }), em.findOneOrFail(Lot, { id: brief.lot.id })]);
    return changeStatus(ctx, em, viewer, brief, BriefStatus.DRAFT, async (now) => {
      if (framework.status !== FrameworkStatus.LIVE) throw conflict(`${framework.name} is not live`, { frameworkStatus: framework.status });
      const errors = checkAnswers(ctx, framework, lot, brief.data);
      if (Object.keys(errors).length) throw badInput(`Answer every question before publishing: ${Object.keys(errors).join(', ')}`, errors);
      brief.publishedAt = now;
      brief.applicationsClosedAt = briefDates(now, requirementsLength(brief.data)).applicationsClosedAt;
    });
  });
}

export async function withdrawBrief(ctx: AppContext, id: number, reason: string): Promise<Brief> {
  const viewer = requireViewer(ctx);
  const why = reason.trim();
  if (!why || why.length > 500) throw badInput('Give a reason for withdrawing, in 500 characters or fewer', { reason: 'Enter a reason of 500 characters or fewer' });
  return ctx.em.transactional(async (em) => {
    // Support admins withdraw any live opportunity (DOS administration); a buyer only their own.
    const brief = can(viewer.role as Role, Permission.REOPEN_BRIEFS) ? await em.findOne(Brief, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : await ownBrief(em, viewer, id);
    if (!brief) throw notFound(`Brief ${id}`);
    return changeStatus(ctx, em, viewer, brief, BriefStatus.LIVE, (now) => {
      brief.withdrawnAt = now;
      brief.withdrawnReason = why;
    });
  });
}

/**
 * A closed brief ends without an award: cancelled, or no suitable supplier found. It runs in the
 * caller's transaction, because the outcomes module records the outcome in the same one.
 */
export async function endBriefWithoutAward(ctx: AppContext, em: EntityManager, viewer: Viewer, id: number, how: BriefStatus.CANCELLED | BriefStatus.UNSUCCESSFUL): Promise<Brief> {
  const brief = await ownBrief(em, viewer, id);
  return changeStatus(ctx, em, viewer, brief, BriefStatus.CLOSED, (now) => {
    if (how === BriefStatus.CANCELLED) brief.cancelledAt = now;
    else brief.unsuccessfulAt = now;
  });
}

/** Admins correct an "unsuccessful" brief: it is closed again (in the caller's transaction, which also removes the outcome). */
export async function reopenUnsuccessful(ctx: AppContext, em: EntityManager, viewer: Viewer, id: number): Promise<Brief> {
  const brief = await em.findOne(Brief, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!brief) throw notFound(`Brief ${id}`);
  return changeStatus(ctx, em, viewer, brief, BriefStatus.UNSUCCESSFUL, () => {
    brief.unsuccessfulAt = null;
  });
}

/** Who may see a brief: anyone once published; a draft only its buyers and support admins. */
export async function getBrief(ctx: AppContext, id: number): Promise<Brief> {
  const brief = await ctx.em.findOne(Brief, { id });
  if (!brief) throw notFound(`Brief ${id}`);
  // Ownership is looked up only for a draft.
  if (!canSeeBrief(ctx.viewer, brief, !brief.publishedAt && (await isBriefOwner(ctx.em, id, ctx.viewer?.id)))) throw notFound(`Brief ${id}`);
  return brief;
}

/** The viewer's own briefs (buyers), newest first. */
export async function listMyBriefs(ctx: AppContext): Promise<Brief[]> {
  const viewer = requireViewer(ctx);
  const owned = await ctx.em.find(BriefUser, { user: viewer.id });
  return ctx.em.find(Brief, { id: { $in: owned.map((o) => o.brief.id) } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

const WORDS_100 = /^(?:\S+\s+){0,99}\S+$/;

function checkText(field: string, value: string, what: string): string {
  const text = value.trim();
  if (!text) throw badInput(`Enter ${what}`, { [field]: `Enter ${what}` });
  if (text.length > 5000 || !WORDS_100.test(text)) throw badInput(`Your ${field} must be no more than 100 words`, { [field]: `Your ${field} must be no more than 100 words` });
  return text;
}

/**
 * A supplier asks the buyer a question while questions are open. It stays private: the buyers are
 * emailed (a handler of the event, with a copy to the supplier) and decide whether to publish it with an answer.
 */
export async function askClarificationQuestion(ctx: AppContext, id: number, rawQuestion: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const question = checkText('question', rawQuestion, 'a question');
  await ctx.em.transactional(async (em) => {
    const brief = await em.findOne(Brief, { id });
    if (!brief || !brief.publishedAt) throw notFound(`Brief ${id}`);
    const now = ctx.clock.now();
    const status = await currentStatus(em, brief, now);
    if (status !== BriefStatus.LIVE) throw conflict(`Questions can only be asked while the opportunity is live, not ${status}`, { briefStatus: status });
    const lot = await em.findOneOrFail(Lot, { id: brief.lot.id });
    const eligible = await eligibility(em, brief, lot.slug, viewer.supplierId!);
    if (!eligible.eligible) throw new DomainError('FORBIDDEN', "You can't ask questions about this opportunity", undefined, { reason: eligible.reason });
    const { clarificationQuestionsClosedAt } = briefDates(brief.publishedAt, requirementsLength(brief.data));
    if (now.getTime() > clarificationQuestionsClosedAt.getTime()) {
      throw conflict(`The deadline for asking questions was ${clarificationQuestionsClosedAt.toISOString()}`, {
        deadline: 'clarificationQuestionsClosedAt',
        clarificationQuestionsClosedAt: clarificationQuestionsClosedAt.toISOString(),
      });
    }
    recordAudit(em, now, {
      type: AuditType.SEND_CLARIFICATION_QUESTION,
      actor: viewer,
      objectType: 'Brief',
      objectId: id,
      data: { briefId: id, supplierId: viewer.supplierId, question },
    });
  });
  return true;
}

/** The buyer publishes a question with its answer for every supplier to see, while the brief is live. */
export async function publishClarificationQuestion(ctx: AppContext, id: number, rawQuestion: string, rawAnswer: string): Promise<BriefClarificationQuestion> {
  const viewer = requireViewer(ctx);
  const question = checkText('question', rawQuestion, 'the question');
  const answer = checkText('answer', rawAnswer, 'an answer');
  return ctx.em.transactional(async (em) => {
    const brief = await ownBrief(em, viewer, id);
    const now = ctx.clock.now();
    const status = await currentStatus(em, brief, now);
    if (status !== BriefStatus.LIVE) throw conflict(`Brief status must be 'live', not '${status}'`, { briefStatus: status });
    const published = em.create(BriefClarificationQuestion, { brief, question, answer, publishedAt: now });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.ADD_BRIEF_CLARIFICATION_QUESTION,
      actor: viewer,
      objectType: 'BriefClarificationQuestion',
      objectId: published.id,
      data: { briefId: id, question, answer },
    });
    return published;
  });
}
