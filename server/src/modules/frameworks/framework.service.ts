import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { Framework, FrameworkFamily, FrameworkStatus } from './framework.entity.js';

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
