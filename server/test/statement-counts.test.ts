import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAll } from '../src/commands/seed.js';
import { DEMO_PASSWORD } from '../seeds/demo.js';
import { createTestApp, type Browser, type TestApp } from './support/app.js';

/**
 * Every list the API serves asks a fixed number of SQL statements, whatever its page size: nested
 * fields come through loaders (one statement per field per request), never one per row. Each list
 * runs on the demo data with its nested fields, at two page sizes; the counts must be equal and
 * within the list's budget. A budget is what the list asks today: lower it when a change makes
 * a list leaner, never raise it to let a change in.
 */
let app: TestApp;
const browsers = new Map<string, Browser>();

beforeAll(async () => {
  app = await createTestApp({ seed: false });
  await seedAll(app.orm, app, true);
  for (const [who, email, site] of [
    ['buyer', 'buyer@example.gov.uk', 'web'],
    ['supplier', 'supplier@example.com', 'web'],
    ['admin', 'admin@crowncommercial.gov.uk', 'admin'],
    ['sourcing', 'sourcing@crowncommercial.gov.uk', 'admin'],
    ['category', 'category@crowncommercial.gov.uk', 'admin'],
  ] as const) {
    browsers.set(who, await app.signIn(email, site, DEMO_PASSWORD));
  }
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** The statements one request asks (the job queue's and the rate limiter's own are not the API's reads). */
async function statements(who: string | null, query: string, variables: Record<string, unknown>): Promise<{ count: number; data: Record<string, unknown> }> {
  app.queries.length = 0;
  const res = who ? await browsers.get(who)!.gql(query, variables) : await app.gql(query, variables);
  expect(res.errors, query).toBeUndefined();
  const count = app.queries.filter((q) => !/pgboss|rate_limits/.test(q)).length;
  return { count, data: res.data as Record<string, unknown> };
}

const items = (data: Record<string, unknown>): unknown[] => {
  const value = Object.values(data)[0] as { nodes?: unknown[]; results?: unknown[] } | unknown[];
  return Array.isArray(value) ? value : (value.nodes ?? value.results ?? []);
};

interface PagedList {
  name: string;
  who: string | null;
  query: string;
  budget: number;
  /** Nested loaders that ask nothing when no row of the small page has the nested object. */
  loadersOnlyWhenPresent?: number;
}

const PAGED: PagedList[] = [
  {
    name: 'opportunities',
    who: null,
    query:
      'query ($n: Int!) { opportunities(first: $n) { totalCount nodes { id status responseCount lot { slug } framework { slug name } outcome { result } clarificationQuestions { __typename } } } }',
    budget: 3,
  },
  {
    name: 'services',
    who: 'admin',
    query: 'query ($n: Int!) { services(first: $n) { totalCount nodes { id status price lot { slug } framework { slug } supplier { name } } } }',
    budget: 4,
  },
  { name: 'suppliers', who: 'admin', query: 'query ($n: Int!) { suppliers(first: $n) { totalCount nodes { id name contact { __typename } services { id } } } }', budget: 5 },
  // The first two users are not supplier users, the first two events touch no service: their loaders run only on the larger page.
  { name: 'users', who: 'admin', query: 'query ($n: Int!) { users(first: $n) { totalCount nodes { id email role supplier { name } } } }', budget: 4, loadersOnlyWhenPresent: 1 },
  { name: 'auditEvents', who: 'admin', query: 'query ($n: Int!) { auditEvents(first: $n) { totalCount nodes { id type service { id } } } }', budget: 4, loadersOnlyWhenPresent: 1 },
  {
    name: 'frameworkDraftServices',
    who: 'sourcing',
    query:
      'query ($n: Int!) { frameworkDraftServices(frameworkSlug: "g-cloud-14", first: $n) { totalCount nodes { id status lot { slug } framework { slug } supplier { name } } } }',
    budget: 5,
  },
];

interface WholeList {
  name: string;
  who: string | null;
  query: string;
  budget: number;
  /** Fewest rows the demo data gives it (more than one wherever the demo has them). */
  minItems?: number;
}

const WHOLE: WholeList[] = [
  { name: 'frameworks', who: null, query: '{ frameworks { slug lots { slug } } }', budget: 2 },
  { name: 'myBriefs', who: 'buyer', query: '{ myBriefs { id status responseCount lot { slug } framework { slug } outcome { result } users { email } } }', budget: 8 },
  { name: 'myBriefResponses', who: 'supplier', query: '{ myBriefResponses { id status brief { id status lot { slug } } supplier { name } } }', budget: 5 },
  { name: 'myDirectAwardProjects', who: 'buyer', query: '{ myDirectAwardProjects { id name stage outcome { result } } }', budget: 4 },
  {
    name: 'draftServices',
    who: 'supplier',
    query: '{ draftServices(frameworkSlug: "g-cloud-14") { id status lot { slug } framework { slug } supplier { name } } }',
    budget: 3,
    minItems: 1,
  },
  {
    name: 'servicesToCopy',
    who: 'supplier',
    query: '{ servicesToCopy(frameworkSlug: "g-cloud-14", lotSlug: "cloud-hosting") { id lot { slug } framework { slug } } }',
    budget: 5,
    minItems: 1,
  },
  {
    name: 'serviceUpdatesToReview',
    who: 'category',
    query: '{ serviceUpdatesToReview(first: 20) { totalCount nodes { id type service { id supplier { name } } } } }',
    budget: 6,
    minItems: 1,
  },
  { name: 'buyerEmailDomains', who: 'admin', query: '{ buyerEmailDomains { id domain } }', budget: 2 },
  { name: 'searchIndices', who: 'admin', query: '{ searchIndices { alias indices { __typename } } }', budget: 6 },
  {
    name: 'serviceSearch',
    who: null,
    query: '{ serviceSearch(q: "") { total results { id serviceName supplierName } lotCounts { __typename } filterGroups { __typename } summary { __typename } } }',
    budget: 1,
  },
  {
    name: 'opportunitySearch',
    who: null,
    query: '{ opportunitySearch { total results { __typename } lotCounts { __typename } filterGroups { __typename } summary { __typename } } }',
    budget: 2,
  },
];

describe('statement counts of every list', () => {
  it.each(PAGED)('$name asks the same statements for 2 rows as for up to 20, exactly its budget', async ({ who, query, budget, loadersOnlyWhenPresent = 0 }) => {
    // The first request of a process reads its reference data (frameworks and lots): warm it first.
    await statements(who, query, { n: 1 });
    const small = await statements(who, query, { n: 2 });
    const large = await statements(who, query, { n: 20 });
    expect(items(small.data)).toHaveLength(2);
    expect(items(large.data).length).toBeGreaterThan(2);
    expect(large.count - small.count).toBeGreaterThanOrEqual(0);
    expect(large.count - small.count).toBeLessThanOrEqual(loadersOnlyWhenPresent);
    expect(large.count).toBe(budget);
  });

  it.each(WHOLE)('$name (a whole list) asks exactly its budget', async ({ who, query, budget, minItems = 2 }) => {
    await statements(who, query, {});
    const { count, data } = await statements(who, query, {});
    expect(items(data).length).toBeGreaterThanOrEqual(minItems);
    expect(count).toBe(budget);
  });

  it('a service page (as the public page asks it) asks 2 statements: the service with its framework and supplier, and the contact', async () => {
    const [row] = await app.orm.em.fork().getConnection().execute<Array<{ service_id: string }>>("select service_id from services where status = 'published' order by id limit 1");
    const page = 'query ($id: ID!) { service(id: $id) { id data supplier { name contact { email } } lot { slug } framework { slug } displaySections { name } } }';
    await statements(null, page, { id: row!.service_id });
    expect((await statements(null, page, { id: row!.service_id })).count).toBe(2);
  });
});
