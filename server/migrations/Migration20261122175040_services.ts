import { Migration } from '@mikro-orm/migrations';

export class Migration20261122175040_services extends Migration {

  override name = 'Migration20261122175040_services';

  override up(): void | Promise<void> {
    this.addSql(`create type "service_status" as enum ('published', 'enabled', 'disabled', 'deleted');`);
    this.addSql(`create table "services" ("id" serial primary key, "service_id" varchar(20) not null, "supplier_id" int not null, "framework_id" int not null, "lot_id" int not null, "data" jsonb not null default '{}', "status" "service_status" not null default 'published', "copied_to_following_framework" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "services" add constraint "services_service_id_unique" unique ("service_id");`);
    this.addSql(`create index "services_framework_id_status_index" on "services" ("framework_id", "status");`);
    this.addSql(`create index "services_supplier_id_framework_id_lot_id_index" on "services" ("supplier_id", "framework_id", "lot_id");`);

    this.addSql(`create table "archived_services" ("id" serial primary key, "service_row_id" int not null, "service_id" varchar(20) not null, "supplier_id" int not null, "framework_id" int not null, "lot_id" int not null, "data" jsonb not null, "status" "service_status" not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "archived_services_service_row_id_index" on "archived_services" ("service_row_id");`);
    this.addSql(`create index "archived_services_service_id_index" on "archived_services" ("service_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'publish_draft_service' after 'delete_draft_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'import_service' after 'publish_draft_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_service' after 'import_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_service_admin' after 'update_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_service_status' after 'update_service_admin';`);
    this.addSql(`alter type "audit_type" add value if not exists 'acknowledge_service_updates' after 'update_service_status';`);

    this.addSql(`alter table "draft_services" add "service_id" varchar(20) null, add "copied_from_service_id" varchar(20) null;`);
    this.addSql(`create index "draft_services_service_id_index" on "draft_services" ("service_id");`);

    this.addSql(`alter table "services" add constraint "services_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete restrict;`);
    this.addSql(`alter table "services" add constraint "services_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on delete restrict;`);
    this.addSql(`alter table "services" add constraint "services_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on delete restrict;`);

    this.addSql(`alter table "archived_services" add constraint "archived_services_service_row_id_foreign" foreign key ("service_row_id") references "services" ("id") on delete cascade;`);
    this.addSql(`alter table "archived_services" add constraint "archived_services_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete restrict;`);
    this.addSql(`alter table "archived_services" add constraint "archived_services_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on delete restrict;`);
    this.addSql(`alter table "archived_services" add constraint "archived_services_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "archived_services" drop constraint "archived_services_service_row_id_foreign";`);

    this.addSql(`drop table if exists "services" cascade;`);
    this.addSql(`drop table if exists "archived_services" cascade;`);

    this.addSql(`drop index "draft_services_service_id_index";`);
    this.addSql(`alter table "draft_services" drop column "service_id", drop column "copied_from_service_id";`);

    this.addSql(`drop type "service_status";`);
  }

}
