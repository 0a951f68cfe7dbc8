import { Migration } from '@mikro-orm/migrations';

export class Migration20261122181342_briefs extends Migration {

  override name = 'Migration20261122181342_briefs';

  override up(): void | Promise<void> {
    this.addSql(`create table "briefs" ("id" serial primary key, "framework_id" int not null, "lot_id" int not null, "data" jsonb not null default '{}', "is_acopy" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, "published_at" timestamptz null, "applications_closed_at" timestamptz null, "withdrawn_at" timestamptz null, "withdrawn_reason" text null, "cancelled_at" timestamptz null, "closed_notice_sent_at" timestamptz null, "unsuccessful_at" timestamptz null);`);
    this.addSql(`create index "briefs_created_at_index" on "briefs" ("created_at");`);
    this.addSql(`create index "briefs_updated_at_index" on "briefs" ("updated_at");`);
    this.addSql(`create index "briefs_published_at_index" on "briefs" ("published_at");`);
    this.addSql(`create index "briefs_applications_closed_at_index" on "briefs" ("applications_closed_at");`);
    this.addSql(`create index "briefs_withdrawn_at_index" on "briefs" ("withdrawn_at");`);
    this.addSql(`create index "briefs_cancelled_at_index" on "briefs" ("cancelled_at");`);
    this.addSql(`create index "briefs_unsuccessful_at_index" on "briefs" ("unsuccessful_at");`);
    this.addSql(`create index "briefs_framework_id_lot_id_index" on "briefs" ("framework_id", "lot_id");`);

    this.addSql(`create table "brief_clarification_questions" ("id" serial primary key, "brief_id" int not null, "question" text not null, "answer" text not null, "published_at" timestamptz not null);`);
    this.addSql(`create index "brief_clarification_questions_brief_id_index" on "brief_clarification_questions" ("brief_id");`);
    this.addSql(`create index "brief_clarification_questions_published_at_index" on "brief_clarification_questions" ("published_at");`);

    this.addSql(`create table "brief_users" ("brief_id" int not null, "user_id" int not null, primary key ("brief_id", "user_id"));`);
    this.addSql(`create index "brief_users_user_id_index" on "brief_users" ("user_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'create_brief' after 'acknowledge_service_updates';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_brief' after 'create_brief';`);
    this.addSql(`alter type "audit_type" add value if not exists 'delete_brief' after 'update_brief';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_brief_status' after 'delete_brief';`);
    this.addSql(`alter type "audit_type" add value if not exists 'add_brief_user' after 'update_brief_status';`);
    this.addSql(`alter type "audit_type" add value if not exists 'send_clarification_question' after 'add_brief_user';`);
    this.addSql(`alter type "audit_type" add value if not exists 'add_brief_clarification_question' after 'send_clarification_question';`);

    this.addSql(`alter table "briefs" add constraint "briefs_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on delete restrict;`);
    this.addSql(`alter table "briefs" add constraint "briefs_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on delete restrict;`);

    this.addSql(`alter table "brief_clarification_questions" add constraint "brief_clarification_questions_brief_id_foreign" foreign key ("brief_id") references "briefs" ("id") on delete cascade;`);

    this.addSql(`alter table "brief_users" add constraint "brief_users_brief_id_foreign" foreign key ("brief_id") references "briefs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "brief_users" add constraint "brief_users_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "brief_clarification_questions" drop constraint "brief_clarification_questions_brief_id_foreign";`);
    this.addSql(`alter table "brief_users" drop constraint "brief_users_brief_id_foreign";`);

    this.addSql(`drop table if exists "briefs" cascade;`);
    this.addSql(`drop table if exists "brief_clarification_questions" cascade;`);
    this.addSql(`drop table if exists "brief_users" cascade;`);
  }

}
