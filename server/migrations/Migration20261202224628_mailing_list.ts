import { Migration } from '@mikro-orm/migrations';

export class Migration20261202224628_mailing_list extends Migration {

  override name = 'Migration20261202224628_mailing_list';

  override up(): void | Promise<void> {
    this.addSql(`create table "mailing_list_subscriptions" ("id" serial primary key, "email" varchar(320) not null, "created_at" timestamptz not null);`);
    this.addSql(`alter table "mailing_list_subscriptions" add constraint "mailing_list_subscriptions_email_unique" unique ("email");`);

    this.addSql(`alter type "audit_type" add value if not exists 'join_mailing_list' after 'rescan_documents';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "mailing_list_subscriptions" cascade;`);
  }

}
