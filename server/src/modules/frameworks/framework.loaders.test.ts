import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Loaders } from '../../app/context.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { Role } from '../../shared/role.js';
import { Framework, FrameworkFamily, FrameworkStatus } from './framework.entity.js';
import { frameworkById, lotById } from './framework.loaders.js';
import { Lot } from './lot.entity.js';

/** Issue 12: frameworks and lots by id are reference data, read once per process, not per request. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** A request's loaders, as the API builds them: a fresh fork, the process's content. */
const request = () => new Loaders(app.orm.em.fork(), app.content);
const referenceReads = () => app.queries.filter((q) => /from "(frameworks|lots)"/.test(q));

describe('frameworks and lots by id', () => {
  it('are read by the first request only; later requests ask no statement for them', async () => {
    const em = app.orm.em.fork();
    const g13 = await em.findOneOrFail(Framework, { slug: 'g-cloud-13' });
    const hosting = await em.findOneOrFail(Lot, { slug: 'cloud-hosting' });
    await request().get(frameworkById).load(g13.id);
    app.queries.length = 0;
    const loaders = request();
    const [framework, lot] = await Promise.all([loaders.get(frameworkById).load(g13.id), loaders.get(lotById).load(hosting.id)]);
    expect(framework?.slug).toBe('g-cloud-13');
    expect(lot?.slug).toBe('cloud-hosting');
    expect(referenceReads()).toEqual([]);
  });

  it('finds a framework created after they were read (read from the database, by id)', async () => {
    await request().get(frameworkById).load(1);
    const em = app.orm.em.fork();
    const created = em.create(Framework, {
      slug: 'g-cloud-99',
      name: 'G-Cloud 99',
      family: FrameworkFamily.G_CLOUD,
      status: FrameworkStatus.COMING,
      hasDirectAward: true,
      hasFurtherCompetition: false,
    });
    await em.flush();
    expect((await request().get(frameworkById).load(created.id))?.name).toBe('G-Cloud 99');
  });

  it('show an admin’s change to the next request of the process that made it', async () => {
    const g12 = await app.orm.em.fork().findOneOrFail(Framework, { slug: 'g-cloud-12' });
    expect((await request().get(frameworkById).load(g12.id))?.clarificationQuestionsOpen).toBe(false);
    const manager = await app.signIn((await makeUser(app.orm.em.fork(), { role: Role.ADMIN_FRAMEWORK_MANAGER })).email, 'admin');
    await app.orm.em.fork().nativeUpdate(Framework, { id: g12.id }, { status: FrameworkStatus.OPEN });
    const res = await manager.gql('mutation { updateFramework(slug: "g-cloud-12", input: { clarificationQuestionsOpen: true }) { slug } }');
    expect(res.errors).toBeUndefined();
    const after = await request().get(frameworkById).load(g12.id);
    expect(after?.clarificationQuestionsOpen).toBe(true);
    expect(after?.status).toBe(FrameworkStatus.OPEN);
  });
});
