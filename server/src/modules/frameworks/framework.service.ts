import { LockMode } from '@mikro-orm/core';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict, notFound, unauthenticated } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Framework, FrameworkFamily, FrameworkStatus } from './framework.entity.js';
import type { UpdateFrameworkInput } from './framework.inputs.js';
import { CLARIFICATIONS_ALLOWED, STATUS_TIMESTAMP } from './framework.status.js';

export interface FrameworkFilter {
  status?: FrameworkStatus[];
  family?: FrameworkFamily;
}

/** Display order: live first, then open for applications, then the rest; newest first within each. */
const statusOrder: Record<FrameworkStatus, number> = {
  [FrameworkStatus.LIVE]: 0,
  [FrameworkStatus.OPEN]: 1,
  [FrameworkStatus.COMING]: 2,
  [FrameworkStatus.PENDING]: 3,
  [FrameworkStatus.STANDSTILL]: 4,
  [FrameworkStatus.EXPIRED]: 5,
};

export async function listFrameworks(ctx: Pick<AppContext, 'em'>, filter: FrameworkFilter): Promise<Framework[]> {
  const where: Record<string, unknown> = {};
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.family) where.family = filter.family;
  const rows = await ctx.em.find(Framework, where, { orderBy: { id: 'desc' } });
  return rows.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.family.localeCompare(b.family));
}

export async function getFrameworkBySlug(ctx: Pick<AppContext, 'em'>, slug: string): Promise<Framework> {
  const framework = await ctx.em.findOne(Framework, { slug });
  if (!framework) throw notFound(`Framework '${slug}'`);
  return framework;
}

const DATE_FIELDS = ['applicationsCloseAt', 'intentionToAwardAt', 'clarificationsCloseAt', 'clarificationsPublishAt', 'liveAt', 'expiresAt'] as const;
const FLAG_FIELDS = ['allowDeclarationReuse', 'hasDirectAward', 'hasFurtherCompetition'] as const;

/**
 * An admin changes a framework's lifecycle. Any status may follow any other (as in the original),
 * but clarification questions can only be open while coming, open or pending; a status change or
 * the closing of clarification questions stamps its date with "now".
 */
export async function updateFramework(ctx: AppContext, slug: string, input: UpdateFrameworkInput): Promise<Framework> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const given = Object.entries(input).filter(([, v]) => v !== undefined && v !== null);
  if (given.length === 0) throw badInput('Framework update expects at least one change');
  const updated = await ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!framework) throw notFound(`Framework '${slug}'`);
    const now = ctx.clock.now();
    const notes: Record<string, string> = {};

    const status = input.status ?? framework.status;
    const cqOpen = input.clarificationQuestionsOpen ?? framework.clarificationQuestionsOpen;
    if (cqOpen && !CLARIFICATIONS_ALLOWED.includes(status)) {
      throw conflict(`Clarification questions can only be open while a framework is coming, open or pending, not ${status}`, { field: 'clarificationQuestionsOpen' });
    }
    const directAward = input.hasDirectAward ?? framework.hasDirectAward;
    const furtherCompetition = input.hasFurtherCompetition ?? framework.hasFurtherCompetition;
    if (!directAward && !furtherCompetition) {
      throw badInput('A framework needs at least one way to buy', { hasDirectAward: 'Choose direct award, further competition or both' });
    }

    for (const field of DATE_FIELDS) if (input[field]) framework[field] = input[field];
    for (const field of FLAG_FIELDS) if (input[field] !== undefined && input[field] !== null) framework[field] = input[field];

    if (framework.clarificationQuestionsOpen && !cqOpen) {
      framework.clarificationsCloseAt = now;
      notes.clarificationsCloseAt = 'set when clarification questions closed';
    }
    framework.clarificationQuestionsOpen = cqOpen;
    if (status !== framework.status) {
      const stamp = STATUS_TIMESTAMP[status];
      if (stamp) {
        framework[stamp] = now;
        notes[stamp] = `set when the status became ${status}`;
      }
      framework.status = status;
    }
    framework.updatedAt = now;
    recordAudit(em, now, {
      type: AuditType.FRAMEWORK_UPDATE,
      actor: viewer,
      objectType: 'Framework',
      objectId: framework.id,
      data: { frameworkSlug: slug, update: Object.fromEntries(given.map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])), ...notes },
    });
    return framework;
  });
  // This process reads the change at once; the others when its event reaches them (refreshFrameworkData).
  ctx.content.refresh(slug);
  return updated;
}
