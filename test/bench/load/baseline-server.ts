/**
 * The hand-written baseline of the load benchmark, run as its own process: each public page read
 * the SPA makes, answered by one SQL query through pg (and its rows mapped to JSON) on a plain node
 * HTTP server on loopback. It answers only what the page shows first (the results and their total,
 * the service's answers and supplier, the opportunity with its questions): the ceiling the API's
 * GraphQL layer, ORM and presentation are measured against. Started by load.ts with DATABASE_URL.
 */
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const PAGE = 30;
const active = (alias: string) => `d.index_name in (select physical_name from search_indices where engine = 'postgres' and state = 'active' and ${alias})`;
/** One filter's condition as the adapter matches it: any value of the answer, normalised. */
const filterOn = (n: number) => `exists (select 1 from jsonb_path_query(d.document, $${n}::jsonpath) v where lower(regexp_replace(v #>> '{}', '[\\W_]+', '', 'g')) = $${n + 1})`;

type Vars = { q?: string | null; lot?: string | null; lots?: string[] | null; filters?: Record<string, string[]> | null; page?: number | null; id?: string };

/** The first filter's path and value (the benchmark's requests carry at most one). */
const firstFilter = (filters: Vars['filters']): [string, string] | null => {
  const [key, values] = Object.entries(filters ?? {})[0] ?? [];
  return key && values?.[0] ? [`lax $."${key}"[*]`, values[0].toLowerCase().replace(/[\W_]+/g, '')] : null;
};

async function searchPage(alias: string, order: string, highlightOf: string, v: Vars, lot: string | null) {
  const filter = firstFilter(v.filters);
  const rows = await pool.query(
    `select p.object_id, p.document, p.total,
       case when $1::text is null then null else ts_headline('english', ${highlightOf}, plainto_tsquery('english', $1), 'HighlightAll=true') end as highlight
     from (select d.object_id, d.document, count(*) over () as total from search_documents d
           where ${active(alias)} and not d.deleted and ($2::text is null or d.document->>'lot' = $2)
             and ($1::text is null or d.search_vector @@ plainto_tsquery('english', $1))
             ${filter ? `and ${filterOn(4)}` : ''}
           order by ${order} limit ${PAGE} offset $3) p`,
    [v.q || null, lot, ((v.page ?? 1) - 1) * PAGE, ...(filter ?? [])],
  );
  return { total: Number(rows.rows[0]?.total ?? 0), rows: rows.rows as Array<{ object_id: string; document: Record<string, unknown>; highlight: string | null }> };
}

const routes: Record<string, (v: Vars) => Promise<unknown>> = {
  async ServiceSearch(v) {
    const order = `case when $1::text is null then 0 else ts_rank(d.search_vector, plainto_tsquery('english', $1)) end desc, d.sort_hash collate "C" desc`;
    const { total, rows } = await searchPage(`alias like 'services-%'`, order, `coalesce(p.document->>'serviceDescription', '')`, v, v.lot ?? null);
    const results = rows.map((r) => ({
      id: r.object_id,
      serviceName: r.document.serviceName,
      supplierName: r.document.supplierName,
      lotName: r.document.lotName,
      serviceDescription: r.document.serviceDescription,
      highlight: r.highlight,
    }));
    return { serviceSearch: { total, page: v.page ?? 1, results } };
  },
  async SearchFilters() {
    const { rows } = await pool.query(
      `select f.name, json_agg(json_build_object('slug', l.slug, 'name', l.name) order by fl.position) as lots
       from frameworks f join framework_lots fl on fl.framework_id = f.id join lots l on l.id = fl.lot_id where f.slug = 'g-cloud-13' group by f.name`,
    );
    return { searchFilters: { frameworkName: rows[0]?.name, lots: rows[0]?.lots ?? [] } };
  },
  async ServicePage(v) {
    const { rows } = await pool.query(
      `select s.service_id, s.data, sup.name as supplier_name, ci.contact_name, ci.phone_number, ci.email, l.slug as lot_slug, l.name as lot_name, f.slug as framework_slug, f.name as framework_name
       from services s join suppliers sup on sup.id = s.supplier_id join lots l on l.id = s.lot_id join frameworks f on f.id = s.framework_id
       left join lateral (select * from contact_information c where c.supplier_id = sup.id order by c.id limit 1) ci on true
       where s.service_id = $1 and s.status = 'published'`,
      [v.id],
    );
    const r = rows[0];
    if (!r) return { service: null };
    return {
      service: {
        id: r.service_id,
        data: r.data,
        supplier: { name: r.supplier_name, contact: { contactName: r.contact_name, phoneNumber: r.phone_number, email: r.email } },
        lot: { slug: r.lot_slug, name: r.lot_name },
        framework: { slug: r.framework_slug, name: r.framework_name },
      },
    };
  },
  async OpportunitySearch(v) {
    const order = `(d.document->>'statusOrder')::int, d.document->>'publishedAt' desc, d.sort_hash collate "C"`;
    const { total, rows } = await searchPage(`alias = 'briefs-digital-outcomes-and-specialists'`, order, `coalesce(p.document->>'summary', '')`, v, v.lots?.[0] ?? null);
    const results = rows.map((r) => ({
      id: r.object_id,
      title: r.document.title,
      status: r.document.status,
      organisation: r.document.organisation,
      location: r.document.location,
      lotName: r.document.lotName,
      highlight: r.highlight,
    }));
    return { opportunitySearch: { total, results } };
  },
  async OpportunityPage(v) {
    const { rows } = await pool.query(
      `select b.id, b.data, b.published_at, b.applications_closed_at, l.slug as lot_slug, l.name as lot_name, f.slug as framework_slug, f.name as framework_name,
         (select coalesce(json_agg(json_build_object('question', q.question, 'answer', q.answer) order by q.published_at), '[]') from brief_clarification_questions q where q.brief_id = b.id) as questions
       from briefs b join lots l on l.id = b.lot_id join frameworks f on f.id = b.framework_id where b.id = $1 and b.published_at is not null`,
      [Number(v.id)],
    );
    const r = rows[0];
    if (!r) return { brief: null };
    return {
      brief: {
        id: String(r.id),
        data: r.data,
        publishedAt: r.published_at,
        applicationsClosedAt: r.applications_closed_at,
        lot: { slug: r.lot_slug, name: r.lot_name },
        framework: { slug: r.framework_slug, name: r.framework_name },
        clarificationQuestions: r.questions,
      },
    };
  },
};

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const route = routes[(req.url ?? '').slice(1)];
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!route) return reply(404, { errors: [{ message: 'no such page' }] });
    let vars: Vars;
    try {
      vars = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: Vars }).variables;
    } catch {
      return reply(400, { errors: [{ message: 'not JSON' }] });
    }
    route(vars).then(
      (data) => reply(200, { data }),
      (e: unknown) => reply(500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] }),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
});
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
