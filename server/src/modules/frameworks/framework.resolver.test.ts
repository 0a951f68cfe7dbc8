import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface FrameworkRow {
  slug: string;
  name: string;
  family: string;
  status: string;
  hasDirectAward: boolean;
  hasFurtherCompetition: boolean;
  isESignatureSupported: boolean;
  lots: Array<{ slug: string; name: string; oneServiceLimit: boolean; allowsBrief: boolean; unitSingular: string; unitPlural: string }>;
}

const FRAMEWORK_FIELDS = `slug name family status hasDirectAward hasFurtherCompetition isESignatureSupported
  lots { slug name oneServiceLimit allowsBrief unitSingular unitPlural }`;

describe('query frameworks', () => {
  it('lists live frameworks with their lots in display order (real Postgres)', async () => {
    const res = await app.gql<{ frameworks: FrameworkRow[] }>(`{ frameworks(status: [LIVE]) { ${FRAMEWORK_FIELDS} } }`);
    expect(res.errors).toBeUndefined();
    const frameworks = res.data!.frameworks;
    expect(frameworks.map((f) => f.slug).sort()).toEqual(['digital-outcomes-and-specialists-5', 'g-cloud-13']);
    const g13 = frameworks.find((f) => f.slug === 'g-cloud-13')!;
    expect(g13).toMatchObject({ name: 'G-Cloud 13', family: 'G_CLOUD', status: 'LIVE', hasDirectAward: true, hasFurtherCompetition: false, isESignatureSupported: true });
    expect(g13.lots.map((l) => l.slug)).toEqual(['cloud-hosting', 'cloud-software', 'cloud-support']);
    const dos5 = frameworks.find((f) => f.slug === 'digital-outcomes-and-specialists-5')!;
    expect(dos5.lots.map((l) => [l.slug, l.allowsBrief, l.oneServiceLimit])).toEqual([
      ['digital-outcomes', true, true],
      ['digital-specialists', true, true],
      ['user-research-participants', true, true],
      ['user-research-studios', false, false],
    ]);
    expect(dos5.lots[3]).toMatchObject({ unitSingular: 'research studio', unitPlural: 'research studios' });
  });

  it('puts live frameworks first and filters by family and status', async () => {
    const all = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks { slug status } }');
    expect(all.data!.frameworks).toHaveLength(15);
    expect(all.data!.frameworks.slice(0, 2).every((f) => f.status === 'LIVE')).toBe(true);

    const dos = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks(family: DIGITAL_OUTCOMES_AND_SPECIALISTS) { slug family } }');
    expect(dos.data!.frameworks.map((f) => f.slug)).toEqual([
      'digital-outcomes-and-specialists-5',
      'digital-outcomes-and-specialists-4',
      'digital-outcomes-and-specialists-3',
      'digital-outcomes-and-specialists-2',
      'digital-outcomes-and-specialists',
    ]);

    const expiredGCloud = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks(status: [EXPIRED], family: G_CLOUD) { slug isESignatureSupported lots { slug } } }');
    const slugs = expiredGCloud.data!.frameworks.map((f) => f.slug);
    expect(slugs).toHaveLength(9);
    expect(slugs).not.toContain('g-cloud-13');
    const g7 = expiredGCloud.data!.frameworks.find((f) => f.slug === 'g-cloud-7')!;
    expect(g7.isESignatureSupported).toBe(false);
    expect(g7.lots.map((l) => l.slug)).toEqual(['saas', 'paas', 'iaas', 'scs']);
  });

  it('returns an empty list, not an error, when nothing matches', async () => {
    const res = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks(status: [STANDSTILL]) { slug } }');
    expect(res).toEqual({ data: { frameworks: [] } });
  });

  it('rejects an unknown status value as a request error', async () => {
    const res = await app.gql('{ frameworks(status: [ALIVE]) { slug } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/ALIVE/);
  });

  it('loads the lots of every framework in one batched statement (no N+1)', async () => {
    app.queries.length = 0;
    const res = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks { slug lots { slug name } } }');
    expect(res.data!.frameworks).toHaveLength(15);
    expect(app.queries.length).toBeLessThanOrEqual(2);
    expect(app.queries.filter((q) => /framework_lots/.test(q))).toHaveLength(1);
  });
});

describe('query framework(slug)', () => {
  it('returns one framework with its lots', async () => {
    const res = await app.gql<{ framework: FrameworkRow }>(`query ($slug: String!) { framework(slug: $slug) { ${FRAMEWORK_FIELDS} } }`, {
      slug: 'digital-outcomes-and-specialists-5',
    });
    expect(res.data!.framework).toMatchObject({ name: 'Digital Outcomes and Specialists 5', family: 'DIGITAL_OUTCOMES_AND_SPECIALISTS', hasFurtherCompetition: true });
  });

  it('answers NOT_FOUND with a message for an unknown slug', async () => {
    const res = await app.gql('{ framework(slug: "g-cloud-99") { slug } }');
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ message: "Framework 'g-cloud-99' was not found", extensions: { code: 'NOT_FOUND' }, path: ['framework'] });
  });

  it('answers BAD_USER_INPUT with a field error for a malformed slug', async () => {
    const res = await app.gql('{ framework(slug: "g cloud; drop table frameworks") { slug } }');
    expect(res.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: { slug: 'slug may contain only letters, digits, hyphens and underscores' } });
    const still = await app.gql<{ frameworks: FrameworkRow[] }>('{ frameworks { slug } }');
    expect(still.data!.frameworks).toHaveLength(15);
  });
});
