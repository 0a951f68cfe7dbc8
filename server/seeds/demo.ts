import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { G_CLOUD_LOTS, upsertFramework } from './reference.js';

const DAY = 24 * 3600 * 1000;

/**
 * Demo data on top of the reference data: a G-Cloud iteration open for applications, so that the
 * supplier journey can be tried. Dates are relative to the clock at the first load; re-running
 * changes nothing.
 */
export async function seedDemo(em: EntityManager, clock: Clock): Promise<{ created: string[] }> {
  return em.transactional(async (tx) => {
    const created: string[] = [];
    if (!(await tx.findOne(Framework, { slug: 'g-cloud-14' }))) {
      const lots = await tx.find(Lot, { slug: { $in: G_CLOUD_LOTS } });
      const now = clock.now().getTime();
      const framework = await upsertFramework(
        tx,
        {
          slug: 'g-cloud-14',
          name: 'G-Cloud 14',
          family: FrameworkFamily.G_CLOUD,
          status: FrameworkStatus.OPEN,
          lots: G_CLOUD_LOTS,
          allowDeclarationReuse: true,
          clarificationQuestionsOpen: true,
          applicationsCloseAt: new Date(now + 42 * DAY).toISOString(),
        },
        new Map(lots.map((l) => [l.slug, l])),
      );
      framework.status = FrameworkStatus.OPEN;
      framework.clarificationsCloseAt = new Date(now + 21 * DAY);
      framework.clarificationsPublishAt = new Date(now + 28 * DAY);
      framework.intentionToAwardAt = new Date(now + 70 * DAY);
      created.push('framework g-cloud-14 (open)');
    }
    await tx.flush();
    return { created };
  });
}
