import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../src/app/clock.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { hashPassword } from '../src/modules/users/passwords.js';
import { Role } from '../src/modules/users/role.js';
import { User } from '../src/modules/users/user.entity.js';

/** Development only: every demo account signs in with this password. */
export const DEMO_PASSWORD = 'marketplace demo password';

/** One account per role, so a person can sign in as each and try what that role may do. */
export const DEMO_USERS: Array<{ email: string; name: string; role: Role }> = [
  { email: 'buyer@example.gov.uk', name: 'Bea Buyer', role: Role.BUYER },
  { email: 'supplier@example.com', name: 'Sam Supplier', role: Role.SUPPLIER },
  { email: 'admin@crowncommercial.gov.uk', name: 'Ada Admin', role: Role.ADMIN },
  { email: 'admin-manager@crowncommercial.gov.uk', name: 'Max Manager', role: Role.ADMIN_MANAGER },
  { email: 'framework-manager@crowncommercial.gov.uk', name: 'Fran Framework', role: Role.ADMIN_FRAMEWORK_MANAGER },
  { email: 'sourcing@crowncommercial.gov.uk', name: 'Sol Sourcing', role: Role.ADMIN_CCS_SOURCING },
  { email: 'data-controller@crowncommercial.gov.uk', name: 'Dee Data', role: Role.ADMIN_CCS_DATA_CONTROLLER },
  { email: 'category@crowncommercial.gov.uk', name: 'Cat Category', role: Role.ADMIN_CCS_CATEGORY },
];
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
    const existingUsers = new Set((await tx.find(User, { email: { $in: DEMO_USERS.map((u) => u.email) } })).map((u) => u.email));
    const missing = DEMO_USERS.filter((u) => !existingUsers.has(u.email));
    if (missing.length) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const now = clock.now();
      for (const u of missing) tx.create(User, { ...u, passwordHash, passwordChangedAt: now, createdAt: now, updatedAt: now });
      created.push(`${missing.length} demo users`);
    }
    await tx.flush();
    return { created };
  });
}
