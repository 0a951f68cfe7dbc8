import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext, type Viewer } from '../../app/context.js';
import { badInput, conflict, notFound, type FieldErrors } from '../../app/errors.js';
import { CONTRACT_VALUE, contractValueMessage, readMoney } from '../../shared/money.js';
import { withArticle } from '../../shared/words.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { BriefResponse } from '../briefs/brief-response.entity.js';
import { briefResponseStatus, BriefResponseStatus } from '../briefs/brief-response.status.js';
import type { Brief } from '../briefs/brief.entity.js';
import { ownBrief } from '../briefs/brief.policy.js';
import { currentStatus } from '../briefs/brief.rules.js';
import { endBriefWithoutAward, reopenUnsuccessful } from '../briefs/brief.service.js';
import { BriefStatus } from '../briefs/brief.status.js';
import { DirectAwardProject } from '../directaward/project.entity.js';
import { memberProject } from '../directaward/project.policy.js';
import { activeSearchOf, DIRECT_AWARD_VALUE, frozenResults, projectToAssess, recordAssessment } from '../directaward/project.service.js';
import { newServiceId } from '../services/service-id.js';
import { Outcome, OutcomeResult } from './outcome.entity.js';

/**
 * The results of procurements, for briefs and direct award alike: awarded (with the contract's
 * details), cancelled, or no suitable supplier. The use cases that end a brief or a project also
 * change it (through its module's functions) in the same transaction as the outcome; what the
 * suppliers are told follows from the COMPLETE_OUTCOME event (outcome.handlers.ts).
 */

type Unawarded = OutcomeResult.CANCELLED | OutcomeResult.NONE_SUITABLE;

// ---------------------------------------------------------------------------------------------
// Briefs

/** One of the brief's buyers, in a status that takes an outcome; the brief comes back locked. */
async function briefForOutcome(ctx: AppContext, em: EntityManager, briefId: number, allowed: BriefStatus[]): Promise<{ brief: Brief; viewer: Viewer }> {
  const viewer = requireViewer(ctx);
  const brief = await ownBrief(em, viewer, briefId);
  const status = await currentStatus(em, brief, ctx.clock.now());
  if (!allowed.includes(status)) throw conflict(`Cannot record an outcome for ${withArticle(status)} brief`, { briefStatus: status });
  return { brief, viewer };
}

async function responseOfBrief(em: EntityManager, briefId: number, responseId: number): Promise<BriefResponse> {
  const response = await em.findOne(BriefResponse, { id: responseId, brief: briefId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!response) throw notFound(`Response ${responseId} to brief ${briefId}`);
  return response;
}

/**
 * Replaces the brief's completed outcome. The event carries what the responders' emails need
 * (`notifyResponders`, and for an award the winning response and start date).
 */
async function completeBriefOutcome(
  em: EntityManager,
  now: Date,
  viewer: Viewer,
  brief: Brief,
  fields: Partial<Outcome> & { result: OutcomeResult },
  notice: Record<string, unknown>,
): Promise<Outcome> {
  const existing = await em.findOne(Outcome, { brief: brief.id, completedAt: { $ne: null } });
  if (existing) em.remove(existing);
  await em.flush();
  const outcome = em.create(Outcome, { externalId: newServiceId(), brief, completedAt: now, createdAt: now, ...fields });
  await em.flush();
  recordAudit(em, now, {
    type: AuditType.COMPLETE_OUTCOME,
    actor: viewer,
    objectType: 'Outcome',
    objectId: outcome.externalId,
    data: { briefId: brief.id, result: fields.result, ...notice },
  });
  return outcome;
}

/** Step 1 of an award: the buyer chooses the winner among submitted responses (pending until the contract details). */
export async function chooseWinningResponse(ctx: AppContext, briefId: number, responseId: number): Promise<BriefResponse> {
  return ctx.em.transactional(async (em) => {
    const { brief, viewer } = await briefForOutcome(ctx, em, briefId, [BriefStatus.CLOSED]);
    const response = await responseOfBrief(em, brief.id, responseId);
    if (!response.submittedAt) throw conflict('Only a submitted response can win the contract', { briefResponseStatus: briefResponseStatus(response) });
    const now = ctx.clock.now();
    for (const other of await em.find(BriefResponse, { brief: brief.id, id: { $ne: response.id } }, { lockMode: LockMode.PESSIMISTIC_WRITE })) {
      if (briefResponseStatus(other) === BriefResponseStatus.PENDING_AWARDED) {
        other.awardDetails = {};
        recordAudit(em, now, {
          type: AuditType.UPDATE_BRIEF_RESPONSE,
          actor: viewer,
          objectType: 'BriefResponse',
          objectId: other.id,
          data: { briefId, briefResponseId: other.id, briefResponseAwardedValue: false },
        });
      }
    }
    response.awardDetails = { pending: true };
    recordAudit(em, now, {
      type: AuditType.UPDATE_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: response.id,
      data: { briefId, briefResponseId: response.id, briefResponseAwardedValue: true },
    });
    return response;
  });
}

/**
 * Step 2: the contract details (start date, value in pounds and pence) for the chosen response.
 * The brief becomes awarded and the outcome is recorded; the responders are told the first time.
 */
export async function awardContract(
  ctx: AppContext,
  briefId: number,
  responseId: number,
  details: { awardedContractStartDate: string; awardedContractValue: string },
): Promise<BriefResponse> {
  return ctx.em.transactional(async (em) => {
    const { brief, viewer } = await briefForOutcome(ctx, em, briefId, [BriefStatus.CLOSED, BriefStatus.AWARDED]);
    const response = await responseOfBrief(em, brief.id, responseId);
    const status = briefResponseStatus(response);
    if (status !== BriefResponseStatus.PENDING_AWARDED && status !== BriefResponseStatus.AWARDED)
      throw conflict('Choose this supplier as the winner first', { briefResponseStatus: status });
    const [framework, lot] = await Promise.all([em.findOneOrFail(Framework, { id: brief.framework.id }), em.findOneOrFail(Lot, { id: brief.lot.id })]);
    // Pounds and pence, normalised ("0125000.5" is 125000.50); what is not is left for the schema to name.
    const value = readMoney(details.awardedContractValue, CONTRACT_VALUE);
    const award = { awardedContractStartDate: details.awardedContractStartDate.trim(), awardedContractValue: value.ok ? value.value : details.awardedContractValue.trim() };
    const errors = ctx.schemas.validate('brief-awards', framework.slug, lot.slug, award);
    if (!errors.awardedContractValue && !value.ok) errors.awardedContractValue = contractValueMessage(value.problem);
    if (Object.keys(errors).length) throw badInput('Check the contract details', errors);
    const now = ctx.clock.now();
    const first = !response.awardedAt;
    response.awardDetails = award;
    if (first) response.awardedAt = now;
    await em.flush();
    await completeBriefOutcome(
      em,
      now,
      viewer,
      brief,
      {
        result: OutcomeResult.AWARDED,
        briefResponse: ref(response),
        startDate: award.awardedContractStartDate,
        awardValue: award.awardedContractValue,
        awardingOrganisationName: typeof brief.data.organisation === 'string' ? brief.data.organisation : null,
      },
      { notifyResponders: first, briefResponseId: response.id, startDate: award.awardedContractStartDate },
    );
    recordAudit(em, now, {
      type: AuditType.UPDATE_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: response.id,
      data: { briefId, briefResponseId: response.id, awardDetails: award },
    });
    return response;
  });
}

/** Admins undo an award: the response goes back to pending and the brief to closed. */
export async function unawardContract(ctx: AppContext, briefId: number, responseId: number): Promise<BriefResponse> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const response = await responseOfBrief(em, briefId, responseId);
    if (!response.awardedAt) throw conflict('This response has not been awarded the contract', { briefResponseStatus: briefResponseStatus(response) });
    response.awardedAt = null;
    response.awardDetails = { pending: true };
    await em.nativeDelete(Outcome, { brief: briefId, completedAt: { $ne: null } });
    recordAudit(em, ctx.clock.now(), {
      type: AuditType.UPDATE_BRIEF_RESPONSE,
      actor: viewer,
      objectType: 'BriefResponse',
      objectId: response.id,
      data: { briefId, briefResponseId: response.id, unAwardBriefDetails: true },
    });
    return response;
  });
}

/** Records the cancelled / no-suitable-supplier outcome of a brief, in the caller's transaction; the responders are told. */
export async function recordUnawardedOutcome(ctx: AppContext, em: EntityManager, viewer: Viewer, brief: Brief, result: Unawarded): Promise<Outcome> {
  return completeBriefOutcome(em, ctx.clock.now(), viewer, brief, { result }, { notifyResponders: true });
}

/** The buyer ends a closed brief without an award: the brief's status and its outcome change together. */
async function endWithoutAward(ctx: AppContext, id: number, result: Unawarded): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await endBriefWithoutAward(ctx, em, viewer, id, result === OutcomeResult.CANCELLED ? BriefStatus.CANCELLED : BriefStatus.UNSUCCESSFUL);
    await recordUnawardedOutcome(ctx, em, viewer, brief, result);
    return brief;
  });
}

export const cancelBrief = (ctx: AppContext, id: number): Promise<Brief> => endWithoutAward(ctx, id, OutcomeResult.CANCELLED);

export const markBriefUnsuccessful = (ctx: AppContext, id: number): Promise<Brief> => endWithoutAward(ctx, id, OutcomeResult.NONE_SUITABLE);

/** Admins correct an "unsuccessful" outcome: the brief is closed again and the outcome removed. */
export async function reopenUnsuccessfulBrief(ctx: AppContext, id: number): Promise<Brief> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const brief = await reopenUnsuccessful(ctx, em, viewer, id);
    await em.nativeDelete(Outcome, { brief: brief.id, completedAt: { $ne: null } });
    return brief;
  });
}

// ---------------------------------------------------------------------------------------------
// Direct award

const completedOutcomeOfProject = (em: EntityManager, projectId: number) => em.findOne(Outcome, { directAwardProject: projectId, completedAt: { $ne: null } });

async function assertNoOutcomeYet(em: EntityManager, project: DirectAwardProject): Promise<void> {
  const done = await completedOutcomeOfProject(em, project.id);
  if (done) throw conflict(`Project ${project.externalId} already has a completed outcome: ${done.externalId}`, { outcomeId: done.externalId });
}

/** The buyer confirms they read how to assess services (once), or says they are still assessing (each time): only until an outcome is recorded. */
export async function updateAssessment(ctx: AppContext, externalId: string, change: 'readyToAssess' | 'stillAssessing'): Promise<DirectAwardProject> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const project = await projectToAssess(em, viewer, externalId);
    await assertNoOutcomeYet(em, project);
    return recordAssessment(em, ctx.clock.now(), viewer, project, change);
  });
}

/** Chooses the winning service among the frozen results: an award outcome, completed by the contract details. */
export async function chooseService(ctx: AppContext, externalId: string, serviceId: string): Promise<Outcome> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const project = await memberProject(em, viewer, externalId, true);
    if (!project.lockedAt) throw conflict(`Project ${externalId} has not been locked: end the search first`);
    await assertNoOutcomeYet(em, project);
    const chosen = (await frozenResults(em, project)).find((r) => r.archived.serviceId === serviceId);
    if (!chosen) throw notFound(`Service ${serviceId} in the results of project ${externalId}`);
    const search = (await activeSearchOf(em, project.id))!;
    const now = ctx.clock.now();
    const outcome = em.create(Outcome, {
      externalId: newServiceId(),
      result: OutcomeResult.AWARDED,
      directAwardProject: project,
      directAwardSearch: search,
      directAwardArchivedService: chosen.archived,
      createdAt: now,
    });
    await em.flush();
    recordAudit(em, now, {
      type: AuditType.CREATE_OUTCOME,
      actor: viewer,
      objectType: 'Outcome',
      objectId: outcome.externalId,
      data: { projectExternalId: externalId, searchId: search.id, archivedServiceId: chosen.archived.id, result: OutcomeResult.AWARDED },
    });
    return outcome;
  });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const realDate = (v: string) => {
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

export interface ContractDetails {
  startDate: string;
  endDate: string;
  value: string;
  awardingOrganisationName: string;
}

/** Completes a direct award with the contract's dates, value and buying organisation. */
export async function completeAward(ctx: AppContext, outcomeExternalId: string, details: ContractDetails): Promise<Outcome> {
  const viewer = requireViewer(ctx);
  const errors: FieldErrors = {};
  if (!realDate(details.startDate)) errors.startDate = 'Enter a real start date';
  if (!realDate(details.endDate)) errors.endDate = 'Enter a real end date';
  else if (!errors.startDate && details.endDate <= details.startDate) errors.endDate = 'The end date must be after the start date';
  const reading = readMoney(details.value, DIRECT_AWARD_VALUE);
  const value = reading.ok ? reading.value : null;
  if (!reading.ok) errors.value = contractValueMessage(reading.problem);
  const organisation = details.awardingOrganisationName.trim();
  if (!organisation || organisation.length > 255) errors.awardingOrganisationName = 'Enter the organisation buying the service';
  if (Object.keys(errors).length) throw badInput('Check the contract details', errors);
  return ctx.em.transactional(async (em) => {
    const outcome = await em.findOne(Outcome, { externalId: outcomeExternalId, directAwardProject: { $ne: null } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!outcome) throw notFound(`Outcome ${outcomeExternalId}`);
    const project = await em.findOneOrFail(DirectAwardProject, { id: outcome.directAwardProject!.id });
    await memberProject(em, viewer, project.externalId, true);
    if (outcome.completedAt) throw conflict('This outcome was already recorded');
    await assertNoOutcomeYet(em, project);
    const now = ctx.clock.now();
    Object.assign(outcome, { startDate: details.startDate, endDate: details.endDate, awardValue: value, awardingOrganisationName: organisation, completedAt: now });
    recordAudit(em, now, { type: AuditType.UPDATE_OUTCOME, actor: viewer, objectType: 'Outcome', objectId: outcome.externalId, data: { award: { ...details, value } } });
    recordAudit(em, now, { type: AuditType.COMPLETE_OUTCOME, actor: viewer, objectType: 'Outcome', objectId: outcome.externalId, data: { projectExternalId: project.externalId } });
    return outcome;
  });
}

/** The work was cancelled, or nothing suitable was found: a completed outcome straight away. */
export async function recordNoAward(ctx: AppContext, externalId: string, result: Unawarded): Promise<Outcome> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const project = await memberProject(em, viewer, externalId, true);
    await assertNoOutcomeYet(em, project);
    const now = ctx.clock.now();
    const outcome = em.create(Outcome, { externalId: newServiceId(), result, directAwardProject: project, completedAt: now, createdAt: now });
    await em.flush();
    recordAudit(em, now, { type: AuditType.CREATE_OUTCOME, actor: viewer, objectType: 'Outcome', objectId: outcome.externalId, data: { projectExternalId: externalId, result } });
    recordAudit(em, now, { type: AuditType.COMPLETE_OUTCOME, actor: viewer, objectType: 'Outcome', objectId: outcome.externalId, data: { projectExternalId: externalId } });
    return outcome;
  });
}
