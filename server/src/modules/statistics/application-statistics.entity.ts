import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

/*
 * AD16 application statistics: materialized views over the applications' tables, counted by
 * Postgres and refreshed (concurrently: each view's primary key is its unique index) by the
 * `statistics.refresh` job and on demand. Nothing here loads an application row into Node.
 *
 * The SQL is written the way Postgres prints a view back (every column qualified, no `in` lists,
 * no `at time zone`, audit types as text: a new enum value cannot be used in the transaction adding it), so that the schema diff of `migration:check` sees no change.
 *
 * "Started" counts include what has since been completed; a draft that failed counts as started.
 */

/** One row per framework: where its applications stand. */
const FRAMEWORK_TOTALS = `
select f.id as framework_id,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id)::int as interested_suppliers,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status <> 'unstarted')::int as declarations_started,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status = 'complete')::int as declarations_complete,
  (select count(*) from draft_services ds where ds.framework_id = f.id)::int as services_started,
  (select count(*) from draft_services ds where ds.framework_id = f.id and ds.status = 'submitted')::int as services_submitted,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status = 'complete'
    and exists (select 1 from draft_services ds where ds.framework_id = f.id and ds.supplier_id = sf.supplier_id and ds.status = 'submitted'))::int as complete_applications
from frameworks f`;

/** One row per lot of each framework: its services. */
const LOT_TOTALS = `
select fl.framework_id, fl.lot_id, l.slug as lot_slug, l.name as lot_name, fl.position,
  (select count(*) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id)::int as services_started,
  (select count(*) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id and ds.status = 'submitted')::int as services_submitted,
  (select count(distinct ds.supplier_id) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id and ds.status = 'submitted')::int as suppliers_submitted
from framework_lots fl join lots l on l.id = fl.lot_id`;

/**
 * One row per framework and UK day on which anything changed: the running totals at the end of that
 * day of today's applications, each dated by when it reached its stage (its declaration's first
 * answer and completion, its draft's submission: from their audit events, or the row's last change).
 * So the last day's figures are the framework's totals.
 */
const DAILY_SERIES = `
with applications as (
  select sf.framework_id, sf.created_at, sf.declaration_status, sf.updated_at,
    (select min(a.created_at) from audit_events a where a.object_type = 'Supplier' and a.object_id = sf.supplier_id::text
      and a.type::text = 'update_declaration_answers' and (a.data ->> 'frameworkSlug') = f.slug) as first_answer_at,
    (select max(a.created_at) from audit_events a where a.object_type = 'Supplier' and a.object_id = sf.supplier_id::text
      and a.type::text = 'complete_declaration' and (a.data ->> 'frameworkSlug') = f.slug) as completed_at
  from supplier_frameworks sf join frameworks f on f.id = sf.framework_id
), drafts as (
  select ds.framework_id, ds.created_at, ds.status, ds.updated_at,
    (select max(a.created_at) from audit_events a where a.object_type = 'DraftService' and a.object_id = ds.id::text and a.type::text = 'complete_draft_service') as submitted_at
  from draft_services ds
), stages as (
  select applications.framework_id, applications.created_at as reached_at, 1 as stage from applications
  union all
  select applications.framework_id, least(coalesce(applications.first_answer_at, applications.updated_at), coalesce(applications.completed_at, applications.updated_at)) as reached_at, 2 as stage
  from applications where applications.declaration_status <> 'unstarted'
  union all
  select applications.framework_id, coalesce(applications.completed_at, applications.updated_at) as reached_at, 3 as stage from applications where applications.declaration_status = 'complete'
  union all
  select drafts.framework_id, drafts.created_at as reached_at, 4 as stage from drafts
  union all
  select drafts.framework_id, coalesce(drafts.submitted_at, drafts.updated_at) as reached_at, 5 as stage from drafts where drafts.status = 'submitted'
), days as (
  select stages.framework_id, timezone('Europe/London', stages.reached_at)::date as day, stages.stage from stages
)
select days.framework_id, days.day,
  (sum(count(*) filter (where days.stage = 1)) over (partition by days.framework_id order by days.day))::int as interested_suppliers,
  (sum(count(*) filter (where days.stage = 2)) over (partition by days.framework_id order by days.day))::int as declarations_started,
  (sum(count(*) filter (where days.stage = 3)) over (partition by days.framework_id order by days.day))::int as declarations_complete,
  (sum(count(*) filter (where days.stage = 4)) over (partition by days.framework_id order by days.day))::int as services_started,
  (sum(count(*) filter (where days.stage = 5)) over (partition by days.framework_id order by days.day))::int as services_submitted
from days group by days.framework_id, days.day`;

@ObjectType({ description: "Where a framework's applications stand (AD16), as of the last refresh." })
@Entity({ tableName: 'application_statistics', view: { materialized: true }, expression: FRAMEWORK_TOTALS })
export class ApplicationStatistics {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  frameworkId!: number;

  @Field(() => Int, { description: 'Suppliers that registered interest in the framework.' })
  @Property({ type: 'integer' })
  interestedSuppliers!: number;

  @Field(() => Int, { description: 'Declarations with at least one answer (those complete included).' })
  @Property({ type: 'integer' })
  declarationsStarted!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  declarationsComplete!: number;

  @Field(() => Int, { description: 'Draft services (those submitted included).' })
  @Property({ type: 'integer' })
  servicesStarted!: number;

  @Field(() => Int, { description: 'Draft services marked as complete.' })
  @Property({ type: 'integer' })
  servicesSubmitted!: number;

  @Field(() => Int, { description: 'Suppliers with a complete declaration and at least one submitted service.' })
  @Property({ type: 'integer' })
  completeApplications!: number;
}

@ObjectType({ description: "A lot's draft services (AD16), as of the last refresh." })
@Entity({ tableName: 'application_statistics_lots', view: { materialized: true }, expression: LOT_TOTALS })
export class LotApplicationStatistics {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  frameworkId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  lotId!: number;

  @Field(() => String)
  @Property({ type: 'string' })
  lotSlug!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  lotName!: string;

  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  servicesStarted!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  servicesSubmitted!: number;

  @Field(() => Int, { description: 'Suppliers with at least one submitted service on this lot.' })
  @Property({ type: 'integer' })
  suppliersSubmitted!: number;
}

@ObjectType({ description: 'The running totals at the end of one UK day on which an application changed (AD16).' })
@Entity({ tableName: 'application_statistics_days', view: { materialized: true }, expression: DAILY_SERIES })
export class ApplicationStatisticsDay {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  frameworkId!: number;

  @Field(() => String, { description: 'The day, as YYYY-MM-DD (UK time).' })
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  interestedSuppliers!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  declarationsStarted!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  declarationsComplete!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  servicesStarted!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  servicesSubmitted!: number;
}

/** When the views were last refreshed (one row per set of views), by the app's clock. */
@Entity({ tableName: 'statistics_refreshes' })
export class StatisticsRefresh {
  @PrimaryKey({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'datetime' })
  refreshedAt!: Date;
}
