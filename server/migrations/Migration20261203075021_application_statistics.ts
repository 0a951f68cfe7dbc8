import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075021_application_statistics extends Migration {

  override name = 'Migration20261203075021_application_statistics';

  override up(): void | Promise<void> {
    this.addSql(`create table "statistics_refreshes" ("name" varchar(50) not null, "refreshed_at" timestamptz not null, primary key ("name"));`);

    this.addSql(`create index "audit_events_actor_email_index" on "audit_events" ("actor_email", "id");`);

    this.addSql(`create materialized view "application_statistics_lots" as select fl.framework_id, fl.lot_id, l.slug as lot_slug, l.name as lot_name, fl.position,
  (select count(*) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id)::int as services_started,
  (select count(*) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id and ds.status = 'submitted')::int as services_submitted,
  (select count(distinct ds.supplier_id) from draft_services ds where ds.framework_id = fl.framework_id and ds.lot_id = fl.lot_id and ds.status = 'submitted')::int as suppliers_submitted
from framework_lots fl join lots l on l.id = fl.lot_id with data;`);
    this.addSql(`create unique index "application_statistics_lots_pkey" on "application_statistics_lots" ("framework_id", "lot_id");`);
    this.addSql(`create materialized view "application_statistics_days" as with applications as (
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
from days group by days.framework_id, days.day with data;`);
    this.addSql(`create unique index "application_statistics_days_pkey" on "application_statistics_days" ("framework_id", "day");`);
    this.addSql(`create materialized view "application_statistics" as select f.id as framework_id,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id)::int as interested_suppliers,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status <> 'unstarted')::int as declarations_started,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status = 'complete')::int as declarations_complete,
  (select count(*) from draft_services ds where ds.framework_id = f.id)::int as services_started,
  (select count(*) from draft_services ds where ds.framework_id = f.id and ds.status = 'submitted')::int as services_submitted,
  (select count(*) from supplier_frameworks sf where sf.framework_id = f.id and sf.declaration_status = 'complete'
    and exists (select 1 from draft_services ds where ds.framework_id = f.id and ds.supplier_id = sf.supplier_id and ds.status = 'submitted'))::int as complete_applications
from frameworks f with data;`);
    this.addSql(`create unique index "application_statistics_pkey" on "application_statistics" ("framework_id");`);
    // The views were counted just now, as they were created.
    this.addSql(`insert into "statistics_refreshes" ("name", "refreshed_at") values ('application-statistics', now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop materialized view if exists "application_statistics" cascade;`);
    this.addSql(`drop materialized view if exists "application_statistics_days" cascade;`);
    this.addSql(`drop materialized view if exists "application_statistics_lots" cascade;`);
    this.addSql(`drop table if exists "statistics_refreshes" cascade;`);

    this.addSql(`drop index "audit_events_actor_email_index";`);
  }

}
