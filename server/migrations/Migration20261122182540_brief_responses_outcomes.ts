import { Migration } from '@mikro-orm/migrations';

export class Migration20261122182540_brief_responses_outcomes extends Migration {

  override name = 'Migration20261122182540_brief_responses_outcomes';

  override up(): void | Promise<void> {
    this.addSql(`create type "outcome_result" as enum ('awarded', 'cancelled', 'none-suitable');`);
    this.addSql(`create table "brief_responses" ("id" serial primary key, "brief_id" int not null, "supplier_id" int not null, "data" jsonb not null default '{}', "created_at" timestamptz not null, "submitted_at" timestamptz null, "awarded_at" timestamptz null, "award_details" jsonb not null default '{}');`);
    this.addSql(`create index "brief_responses_supplier_id_index" on "brief_responses" ("supplier_id");`);
    this.addSql(`create index "brief_responses_created_at_index" on "brief_responses" ("created_at");`);
    this.addSql(`create unique index "brief_responses_one_awarded_per_brief" on "brief_responses" ("brief_id") where "awarded_at" is not null;`);
    this.addSql(`alter table "brief_responses" add constraint "brief_responses_one_per_supplier" unique ("brief_id", "supplier_id");`);

    this.addSql(`create table "outcomes" ("id" serial primary key, "external_id" varchar(20) not null, "result" "outcome_result" not null, "completed_at" timestamptz null, "start_date" date null, "end_date" date null, "awarding_organisation_name" varchar(255) null, "award_value" numeric(11,2) null, "brief_id" int null, "brief_response_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_external_id_unique" unique ("external_id");`);
    this.addSql(`create index "outcomes_brief_id_index" on "outcomes" ("brief_id");`);
    this.addSql(`create unique index "outcomes_one_completed_per_brief" on "outcomes" ("brief_id") where "completed_at" is not null;`);

    this.addSql(`alter type "audit_type" add value if not exists 'create_brief_response' after 'add_brief_clarification_question';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_brief_response' after 'create_brief_response';`);
    this.addSql(`alter type "audit_type" add value if not exists 'submit_brief_response' after 'update_brief_response';`);
    this.addSql(`alter type "audit_type" add value if not exists 'complete_outcome' after 'submit_brief_response';`);

    this.addSql(`alter table "brief_responses" add constraint "brief_responses_brief_id_foreign" foreign key ("brief_id") references "briefs" ("id") on delete cascade;`);
    this.addSql(`alter table "brief_responses" add constraint "brief_responses_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete cascade;`);

    this.addSql(`alter table "outcomes" add constraint "outcomes_brief_id_foreign" foreign key ("brief_id") references "briefs" ("id") on delete cascade;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_brief_response_id_foreign" foreign key ("brief_response_id") references "brief_responses" ("id") on delete cascade;`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_brief_response_only_when_awarded" check (result = 'awarded' or brief_response_id is null);`);
    this.addSql(`alter table "outcomes" add constraint "outcomes_award_value_not_negative" check (award_value is null or award_value >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outcomes" drop constraint "outcomes_brief_response_id_foreign";`);

    this.addSql(`drop table if exists "brief_responses" cascade;`);
    this.addSql(`drop table if exists "outcomes" cascade;`);

    this.addSql(`drop type "outcome_result";`);
  }

}
