import { Migration } from '@mikro-orm/migrations';

export class Migration20261122161638_framework_update extends Migration {

  override name = 'Migration20261122161638_framework_update';

  override up(): void | Promise<void> {
    this.addSql(`alter type "audit_type" add value if not exists 'framework_update' after 'remove_buyer_email_domain';`);
  }

}
