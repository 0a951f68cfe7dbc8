import { Migration } from '@mikro-orm/migrations';

export class Migration20261203080000_transfer_service extends Migration {

  override name = 'Migration20261203080000_transfer_service';

  override up(): void | Promise<void> {
    this.addSql(`alter type "audit_type" add value if not exists 'transfer_service' after 'join_mailing_list';`);
  }

}
