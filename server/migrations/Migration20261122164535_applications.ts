import { Migration } from '@mikro-orm/migrations';

export class Migration20261122164535_applications extends Migration {

  override name = 'Migration20261122164535_applications';

  override up(): void | Promise<void> {
    this.addSql(`create type "declaration_status" as enum ('unstarted', 'started', 'complete');`);
    this.addSql(`create table "supplier_frameworks" ("id" serial primary key, "supplier_id" int not null, "framework_id" int not null, "declaration" jsonb not null default '{}', "declaration_status" "declaration_status" not null default 'unstarted', "on_framework" boolean null, "application_company_details_confirmed" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "supplier_frameworks" add constraint "supplier_frameworks_supplier_id_framework_id_unique" unique ("supplier_id", "framework_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'register_framework_interest' after 'supplier_update';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_declaration_answers' after 'register_framework_interest';`);
    this.addSql(`alter type "audit_type" add value if not exists 'complete_declaration' after 'update_declaration_answers';`);

    this.addSql(`alter table "supplier_frameworks" add constraint "supplier_frameworks_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete cascade;`);
    this.addSql(`alter table "supplier_frameworks" add constraint "supplier_frameworks_framework_id_foreign" foreign key ("framework_id") references "frameworks" ("id") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "supplier_frameworks" cascade;`);

    this.addSql(`drop type "declaration_status";`);
  }

}
