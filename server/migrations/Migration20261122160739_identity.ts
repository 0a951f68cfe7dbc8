import { Migration } from '@mikro-orm/migrations';

export class Migration20261122160739_identity extends Migration {

  override name = 'Migration20261122160739_identity';

  override up(): void | Promise<void> {
    this.addSql(`create type "audit_type" as enum ('create_user', 'update_user', 'invite_user', 'user_auth_failed', 'user_signed_in', 'user_signed_out', 'request_account', 'request_password_reset', 'reset_password', 'change_password', 'unlock_user', 'add_buyer_email_domain', 'remove_buyer_email_domain');`);
    this.addSql(`create type "auth_token_purpose" as enum ('create_account', 'reset_password');`);
    this.addSql(`create type "user_role" as enum ('buyer', 'supplier', 'admin', 'admin-manager', 'admin-framework-manager', 'admin-ccs-sourcing', 'admin-ccs-data-controller', 'admin-ccs-category');`);
    this.addSql(`create type "email_status" as enum ('queued', 'sent', 'kept', 'failed');`);
    this.addSql(`create type "session_surface" as enum ('web', 'admin');`);
    this.addSql(`create table "audit_events" ("id" serial primary key, "type" "audit_type" not null, "created_at" timestamptz not null, "actor_id" int null, "actor_email" varchar(320) null, "object_type" varchar(50) null, "object_id" varchar(50) null, "data" jsonb not null, "acknowledged" boolean not null default false, "acknowledged_by_id" int null, "acknowledged_at" timestamptz null);`);
    this.addSql(`create index "audit_events_type_index" on "audit_events" ("type");`);
    this.addSql(`create index "audit_events_created_at_index" on "audit_events" ("created_at");`);
    this.addSql(`create index "audit_events_object_index" on "audit_events" ("object_type", "object_id", "type", "created_at");`);

    this.addSql(`create table "auth_tokens" ("id" serial primary key, "purpose" "auth_token_purpose" not null, "email" varchar(320) not null, "role" "user_role" null, "user_id" int null, "data" jsonb not null default '{}', "secret_hmac" varchar(64) not null, "created_by_id" int null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`create index "auth_tokens_email_index" on "auth_tokens" ("email");`);

    this.addSql(`create table "buyer_email_domains" ("id" serial primary key, "domain" varchar(255) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "buyer_email_domains" add constraint "buyer_email_domains_domain_unique" unique ("domain");`);

    this.addSql(`create table "email_messages" ("id" serial primary key, "to" varchar(320) not null, "template" varchar(100) not null, "subject" varchar(255) not null, "text" text not null, "status" "email_status" not null default 'queued', "attempts" smallint not null default 0, "created_at" timestamptz not null, "sent_at" timestamptz null, "provider_message_id" varchar(255) null, "last_error" text null);`);
    this.addSql(`create index "email_messages_to_index" on "email_messages" ("to");`);

    this.addSql(`create table "users" ("id" serial primary key, "name" varchar(255) not null, "email" varchar(320) not null, "phone_number" varchar(20) null, "password_hash" varchar(255) not null, "role" "user_role" not null, "supplier_id" int null, "active" boolean not null default true, "failed_login_count" smallint not null default 0, "user_research_opted_in" boolean not null default false, "password_changed_at" timestamptz not null, "logged_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_role_index" on "users" ("role");`);
    this.addSql(`create index "users_supplier_id_index" on "users" ("supplier_id");`);

    this.addSql(`create table "sessions" ("id" serial primary key, "id_hmac" varchar(64) not null, "user_id" int not null, "surface" "session_surface" not null, "created_at" timestamptz not null, "expires_at" timestamptz not null);`);
    this.addSql(`alter table "sessions" add constraint "sessions_id_hmac_unique" unique ("id_hmac");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);
    this.addSql(`drop table if exists "auth_tokens" cascade;`);
    this.addSql(`drop table if exists "buyer_email_domains" cascade;`);
    this.addSql(`drop table if exists "email_messages" cascade;`);
    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop type "audit_type";`);
    this.addSql(`drop type "auth_token_purpose";`);
    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "email_status";`);
    this.addSql(`drop type "session_surface";`);
  }

}
