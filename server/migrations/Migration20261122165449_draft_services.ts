import { Migration } from '@mikro-orm/migrations';

export class Migration20261122165449_draft_services extends Migration {

  override name = 'Migration20261122165449_draft_services';

  override up(): void | Promise<void> {
    this.addSql(`create type "draft_status" as enum ('not-submitted', 'submitted', 'failed');`);
    this.addSql(`create table "draft_services" ("id" serial primary key, "supplier_id" int not null, "framework_id" int not null, "lot_id" int not null, "data" jsonb not null default '{}', "status" "draft_status" not null default 'not-submitted', "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "draft_services_supplier_id_framework_id_index" on "draft_services" ("supplier_id", "framework_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'create_draft_service' after 'complete_declaration';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_draft_service' after 'create_draft_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'complete_draft_service' after 'update_draft_service';`);
    this.addSql(`alter type "audit_type" add value if not exists 'delete_draft_service' after 'complete_draft_service';`);

    this.addSql(`alter table "draft_services" add constraint "draft_services_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete cascade;`);
    this.addSql(`alter table "draft_services" add constraint "draft_services_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on delete restrict;`);
    this.addSql(`alter table "draft_services" add constraint "draft_services_lot_id_foreign" foreign key ("lot_id") references "lots" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "draft_services" cascade;`);

    this.addSql(`drop type "draft_status";`);
  }

}
