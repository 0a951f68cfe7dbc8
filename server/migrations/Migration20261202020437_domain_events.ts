import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020437_domain_events extends Migration {

  override name = 'Migration20261202020437_domain_events';

  override up(): void | Promise<void> {
    this.addSql(`create table "event_dead_letters" ("id" serial primary key, "handler" varchar(100) not null, "event_id" int not null, "error" text not null, "created_at" timestamptz not null);`);

    this.addSql(`create table "event_handler_positions" ("handler" varchar(100) not null, "txid" xid8 not null, "event_id" bigint not null default '0', "failures" int not null default 0, "retry_at" timestamptz null, "last_error" text null, "updated_at" timestamptz not null default now(), primary key ("handler"));`);

    this.addSql(`alter type "audit_type" add value if not exists 'brief_applications_closed' after 'rollback_search_index';`);
    this.addSql(`alter table "audit_events" add "txid" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "audit_events_delivery_index" on "audit_events" ("txid", "id");`);
    this.addSql(`create or replace function "audit_events_audit_events_notify_fn"() returns trigger as $$ begin perform pg_notify('domain_events', ''); return null; end; $$ language plpgsql;`);
    this.addSql(`create trigger "audit_events_notify" AFTER INSERT on "audit_events" for each STATEMENT execute function "audit_events_audit_events_notify_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "event_dead_letters" cascade;`);
    this.addSql(`drop table if exists "event_handler_positions" cascade;`);

    this.addSql(`drop index "audit_events_delivery_index";`);
    this.addSql(`drop trigger if exists "audit_events_notify" on "audit_events";`);
    this.addSql(`drop function if exists "audit_events_audit_events_notify_fn"();`);
    this.addSql(`alter table "audit_events" drop column "txid";`);
  }

}
