import { Migration } from '@mikro-orm/migrations';

export class Migration20261122180305_application_company_details extends Migration {

  override name = 'Migration20261122180305_application_company_details';

  override up(): void | Promise<void> {
    this.addSql(`alter table "supplier_frameworks" add "company_details" jsonb not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supplier_frameworks" drop column "company_details";`);
  }

}
