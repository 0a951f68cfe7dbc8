import { Migration } from '@mikro-orm/migrations';

export class Migration20261122183221_direct_award extends Migration {

  override name = 'Migration20261122183221_direct_award';

  override up(): void | Promise<void> {
    this.addSql(`create table "direct_award_projects" ("id" serial primary key, "external_id" varchar(20) not null, "name" varchar(255) not null, "created_at" timestamptz not null, "locked_at" timestamptz null, "downloaded_at" timestamptz null, "ready_to_assess_at" timestamptz null, "still_assessing_at" timestamptz null, "active" boolean not null default true);`);
    this.addSql(`alter table "direct_award_projects" add constraint "direct_award_projects_external_id_unique" unique ("external_id");`);

    this.addSql(`create table "direct_award_searches" ("id" serial primary key, "project_id" int not null, "created_by_id" int not null, "query" jsonb not null, "created_at" timestamptz not null, "searched_at" timestamptz null, "active" boolean not null default true);`);
    this.addSql(`create index "direct_award_searches_project_id_index" on "direct_award_searches" ("project_id");`);
    this.addSql(`create unique index "direct_award_searches_one_active" on "direct_award_searches" ("project_id") where "active";`);

    this.addSql(`create table "direct_award_search_result_entries" ("id" serial primary key, "search_id" int not null, "archived_service_id" int not null);`);
    this.addSql(`create index "direct_award_search_result_entries_search_id_index" on "direct_award_search_result_entries" ("search_id");`);
    this.addSql(`create index "direct_award_search_result_entries_archived_service_id_index" on "direct_award_search_result_entries" ("archived_service_id");`);
    this.addSql(`alter table "direct_award_search_result_entries" add constraint "direct_award_search_result_entries_archived_servi_eaf00_unique" unique ("archived_service_id", "search_id");`);

    this.addSql(`create table "direct_award_project_users" ("id" serial primary key, "project_id" int not null, "user_id" int not null);`);
    this.addSql(`create index "direct_award_project_users_project_id_index" on "direct_award_project_users" ("project_id");`);
    this.addSql(`create index "direct_award_project_users_user_id_index" on "direct_award_project_users" ("user_id");`);
    this.addSql(`alter table "direct_award_project_users" add constraint "direct_award_project_users_project_id_user_id_unique" unique ("project_id", "user_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'create_outcome' after 'complete_outcome';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_outcome' after 'create_outcome';`);
    this.addSql(`alter type "audit_type" add value if not exists 'create_project' after 'update_outcome';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_project' after 'create_project';`);
    this.addSql(`alter type "audit_type" add value if not exists 'create_project_search' after 'update_project';`);
    this.addSql(`alter type "audit_type" add value if not exists 'lock_project' after 'create_project_search';`);
    this.addSql(`alter type "audit_type" add value if not exists 'downloaded_project' after 'lock_project';`);

    this.addSql(`alter table "outcomes" add "direct_award_project_id" int null, add "direct_award_search_id" int null, add "direct_award_archived_service_id" int null;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_direct_award_project_id_foreign" foreign key ("direct_award_project_id") references "direct_award_projects" ("id") on delete cascade;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_direct_award_search_id_foreign" foreign key ("direct_award_search_id") references "direct_award_searches" ("id") on delete cascade;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_direct_award_archived_service_id_foreign" foreign key ("direct_award_archived_service_id") references "archived_services" ("id") on delete restrict;`);
    this.addSql(`create index "outcomes_direct_award_project_id_index" on "outcomes" ("direct_award_project_id");`);
    this.addSql(`create unique index "outcomes_one_completed_per_project" on "outcomes" ("direct_award_project_id") where "completed_at" is not null;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_award_keys_only_when_awarded" check (result = 'awarded' or (direct_award_search_id is null and direct_award_archived_service_id is null));`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_either_brief_or_direct_award" check ((brief_id is null) <> (direct_award_project_id is null));`);

    this.addSql(`alter table "direct_award_searches" add constraint "direct_award_searches_project_id_foreign" foreign key ("project_id") references "direct_award_projects" ("id") on delete cascade;`);
    this.addSql(`alter table "direct_award_searches" add constraint "direct_award_searches_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete restrict;`);

    this.addSql(`alter table "direct_award_search_result_entries" add constraint "direct_award_search_result_entries_search_id_foreign" foreign key ("search_id") references "direct_award_searches" ("id") on delete cascade;`);
    this.addSql(`alter table "direct_award_search_result_entries" add constraint "direct_award_search_result_entries_archived_service_id_foreign" foreign key ("archived_service_id") references "archived_services" ("id") on delete restrict;`);

    this.addSql(`alter table "direct_award_project_users" add constraint "direct_award_project_users_project_id_foreign" foreign key ("project_id") references "direct_award_projects" ("id") on delete cascade;`);
    this.addSql(`alter table "direct_award_project_users" add constraint "direct_award_project_users_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "direct_award_searches" drop constraint "direct_award_searches_project_id_foreign";`);
    this.addSql(`alter table "outcomes" drop constraint "outcomes_direct_award_project_id_foreign";`);
    this.addSql(`alter table "direct_award_project_users" drop constraint "direct_award_project_users_project_id_foreign";`);
    this.addSql(`alter table "outcomes" drop constraint "outcomes_direct_award_search_id_foreign";`);
    this.addSql(`alter table "direct_award_search_result_entries" drop constraint "direct_award_search_result_entries_search_id_foreign";`);

    this.addSql(`drop table if exists "direct_award_projects" cascade;`);
    this.addSql(`drop table if exists "direct_award_searches" cascade;`);
    this.addSql(`drop table if exists "direct_award_search_result_entries" cascade;`);
    this.addSql(`drop table if exists "direct_award_project_users" cascade;`);

    this.addSql(`alter table "outcomes" drop constraint "outcomes_direct_award_archived_service_id_foreign";`);

    this.addSql(`drop index "outcomes_direct_award_project_id_index";`);
    this.addSql(`drop index "outcomes_one_completed_per_project";`);
    this.addSql(`alter table "outcomes" drop constraint "outcomes_award_keys_only_when_awarded";`);
    this.addSql(`alter table "outcomes" drop constraint "outcomes_either_brief_or_direct_award";`);
    this.addSql(`alter table "outcomes" drop column "direct_award_project_id", drop column "direct_award_search_id", drop column "direct_award_archived_service_id";`);
  }

}
