// The SQL of the opportunities benchmark's baselines. The status rule is the API's own
// (briefStatusSql), with the database's clock.
import { briefStatusSql } from '../../server/src/modules/briefs/brief.status.js';

const status = (alias: string) => briefStatusSql(alias).replace('?', 'now()');
const bucket = (alias: string) => `(case ${status(alias)} when 'live' then 0 when 'draft' then 2 when 'withdrawn' then 2 else 1 end)`;

/**
 * What PostGraphile needs to answer the same list, the way PostGraphile is meant to be extended: the
 * published briefs in the list's order as a root field, and the status, the submitted-response count
 * and the completed outcome as computed columns. Created in the benchmark's own database.
 */
export const POSTGRAPHILE_FUNCTIONS = `
create function briefs_status(b briefs) returns text language sql stable as $$ select ${status('b')} $$;
create function briefs_response_count(b briefs) returns int language sql stable as
  $$ select count(*)::int from brief_responses r where r.brief_id = b.id and r.submitted_at is not null $$;
create function briefs_outcome(b briefs) returns outcomes language sql stable as
  $$ select o.* from outcomes o where o.brief_id = b.id and o.completed_at is not null limit 1 $$;
create function opportunities() returns setof briefs language sql stable as
  $$ select b.* from briefs b where b.published_at is not null order by ${bucket('b')}, b.published_at desc, b.id $$;`;

/**
 * The same page in one hand-written statement: the page of briefs with lot, framework, outcome,
 * response count and published questions, and the total, as the API's JSON built by Postgres.
 */
export const ONE_SQL = `
with page as (
  select b.*, ${status('b')} as status, ${bucket('b')} as bucket
  from briefs b where b.published_at is not null
  order by bucket, b.published_at desc, b.id limit 50)
select json_build_object('data', json_build_object('opportunities', json_build_object(
  'totalCount', (select count(*) from briefs where published_at is not null),
  'nodes', coalesce(json_agg(json_build_object(
    'id', p.id::text,
    'status', upper(p.status),
    'publishedAt', p.published_at,
    'applicationsClosedAt', p.applications_closed_at,
    'responseCount', (select count(*) from brief_responses r where r.brief_id = p.id and r.submitted_at is not null),
    'lot', json_build_object('slug', l.slug, 'name', l.name),
    'framework', json_build_object('slug', f.slug, 'name', f.name),
    'outcome', (select json_build_object('result', upper(replace(o.result::text, '-', '_'))) from outcomes o where o.brief_id = p.id and o.completed_at is not null limit 1),
    'clarificationQuestions', coalesce((select json_agg(json_build_object('question', q.question, 'answer', q.answer) order by q.published_at, q.id)
      from brief_clarification_questions q where q.brief_id = p.id), '[]'),
    'users', null
  ) order by p.bucket, p.published_at desc, p.id), '[]'))))::text as body
from page p join lots l on l.id = p.lot_id join frameworks f on f.id = p.framework_id`;
