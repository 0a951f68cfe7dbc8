import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153257_initial extends Migration {

  override name = 'Migration20261122153257_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "framework_family" as enum ('g-cloud', 'digital-outcomes-and-specialists');`);
    this.addSql(`create type "framework_status" as enum ('coming', 'open', 'pending', 'standstill', 'live', 'expired');`);
    this.addSql(`create table "frameworks" ("id" serial primary key, "slug" varchar(100) not null, "name" varchar(255) not null, "family" "framework_family" not null, "status" "framework_status" not null default 'pending', "clarification_questions_open" boolean not null default false, "allow_declaration_reuse" boolean not null default false, "has_direct_award" boolean not null, "has_further_competition" boolean not null, "applications_close_at" timestamptz null, "intention_to_award_at" timestamptz null, "clarifications_close_at" timestamptz null, "clarifications_publish_at" timestamptz null, "live_at" timestamptz null, "expires_at" timestamptz null, "agreement_details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "frameworks" add constraint "frameworks_slug_unique" unique ("slug");`);
    this.addSql(`create index "frameworks_family_index" on "frameworks" ("family");`);
    this.addSql(`create index "frameworks_status_index" on "frameworks" ("status");`);

    this.addSql(`create table "lots" ("id" serial primary key, "slug" varchar(100) not null, "name" varchar(255) not null, "one_service_limit" boolean not null default false, "unit_singular" varchar(100) not null default 'service', "unit_plural" varchar(100) not null default 'services');`);
    this.addSql(`alter table "lots" add constraint "lots_slug_unique" unique ("slug");`);

    this.addSql(`create table "framework_lots" ("framework_id" int not null, "lot_id" int not null, "position" smallint not null default 0, primary key ("framework_id", "lot_id"));`);

    this.addSql(`alter table "frameworks" add constraint "frameworks_buying_route_check" check (has_direct_award or has_further_competition);`);

    this.addSql(`alter table "framework_lots" add constraint "framework_lots_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "framework_lots" add constraint "framework_lots_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on update cascade on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "framework_lots" drop constraint "framework_lots_framework_id_foreign";`);
    this.addSql(`alter table "framework_lots" drop constraint "framework_lots_lot_id_foreign";`);

    this.addSql(`drop table if exists "frameworks" cascade;`);
    this.addSql(`drop table if exists "lots" cascade;`);
    this.addSql(`drop table if exists "framework_lots" cascade;`);

    this.addSql(`drop type "framework_family";`);
    this.addSql(`drop type "framework_status";`);
  }

}
