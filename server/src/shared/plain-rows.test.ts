import { wrap } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { FrameworkLot } from '../modules/frameworks/framework-lot.entity.js';
import { Framework } from '../modules/frameworks/framework.entity.js';
import { User } from '../modules/users/user.entity.js';
import { makeUser } from '../../test/support/factories.js';
import { Role } from './role.js';
import { findPlain } from './plain-rows.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** An entity's persisted scalar and many-to-one values, as a resolver reads them. */
function shapeOf(entity: object, props: string[]): Record<string, unknown> {
  const e = entity as Record<string, unknown>;
  return Object.fromEntries(
    props.map((p) => [p, e[p] && typeof e[p] === 'object' && 'id' in (e[p] as object) && !(e[p] instanceof Date) ? { id: (e[p] as { id: unknown }).id } : e[p]]),
  );
}

describe('plain rows', () => {
  it('read the same values as the ORM: dates, JSON, booleans, enums, many-to-one ids', async () => {
    const em = app.orm.em.fork();
    const frameworks = await em.find(Framework, {}, { orderBy: { id: 'asc' } });
    const plain = await findPlain(em, Framework, 'true', [], 'e.id');
    const props = Object.keys(plain[0]!);
    expect(props).toEqual(expect.arrayContaining(['id', 'slug', 'status', 'liveAt', 'agreementDetails', 'hasDirectAward', 'createdAt']));
    expect(props).not.toContain('frameworkLots');
    expect(plain.map((p) => shapeOf(p, props))).toEqual(frameworks.map((f) => shapeOf(f, props)));
    expect(plain.find((f) => f.slug === 'g-cloud-13')!.liveAt).toBeInstanceOf(Date);

    const links = await em.find(FrameworkLot, {}, { orderBy: { framework: 'asc', lot: 'asc' } });
    const plainLinks = await findPlain(em, FrameworkLot, 'e.framework_id in (?)', [frameworks.map((f) => f.id)], 'e.framework_id, e.lot_id');
    const linkProps = Object.keys(plainLinks[0]!);
    expect(plainLinks.map((l) => shapeOf(l, linkProps))).toEqual(links.map((l) => shapeOf(l, linkProps)));
    // Nothing read this way is held by the request's EntityManager.
    const held = em.getUnitOfWork().getIdentityMap().values().length;
    await findPlain(em, Framework, 'true', []);
    expect(em.getUnitOfWork().getIdentityMap().values().length).toBe(held);
  });

  it('never reads a lazy property (a secret)', async () => {
    const user = await makeUser(app.orm.em.fork(), { role: Role.BUYER });
    const [plain] = await findPlain(app.orm.em.fork(), User, 'e.id = ?', [user.id]);
    expect(plain!.email).toBe(user.email);
    expect(Object.keys(plain!)).not.toContain('password');
    expect(wrap(user).toObject()).toBeDefined();
  });
});
