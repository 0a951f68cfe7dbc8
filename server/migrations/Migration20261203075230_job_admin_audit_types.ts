import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075230_job_admin_audit_types extends Migration {

  override name = 'Migration20261203075230_job_admin_audit_types';

  override up(): void | Promise<void> {
    this.addSql(`alter type "audit_type" add value if not exists 'retry_job' after 'join_mailing_list';`);
    this.addSql(`alter type "audit_type" add value if not exists 'discard_job' after 'retry_job';`);
    this.addSql(`alter type "audit_type" add value if not exists 'resend_email' after 'discard_job';`);
  }

}
