import { Migration } from '@mikro-orm/migrations';

export class Migration20261122171022_declaration_reuse extends Migration {

  override name = 'Migration20261122171022_declaration_reuse';

  override up(): void | Promise<void> {
    this.addSql(`alter type "audit_type" add value if not exists 'update_supplier_framework' after 'complete_declaration';`);

    this.addSql(`alter table "supplier_frameworks" add "allow_declaration_reuse" boolean not null default true, add "prefill_declaration_from_id" int null;`);
    this.addSql(`alter table "supplier_frameworks" add constraint "supplier_frameworks_prefill_declaration_from_id_foreign" foreign key ("prefill_declaration_from_id") references "frameworks" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supplier_frameworks" drop constraint "supplier_frameworks_prefill_declaration_from_id_foreign";`);

    this.addSql(`alter table "supplier_frameworks" drop column "allow_declaration_reuse", drop column "prefill_declaration_from_id";`);
  }

}
