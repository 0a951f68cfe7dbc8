import { Migration } from '@mikro-orm/migrations';

export class Migration20261202004026_hardening extends Migration {

  override name = 'Migration20261202004026_hardening';

  override up(): void | Promise<void> {
    this.addSql(`create table "rate_limits" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, primary key ("key"));`);

    this.addSql(`alter type "audit_type" add value if not exists 'admin_access_refused' after 'user_signed_out';`);

    this.addSql(`alter table "search_documents" add "sort_hash" varchar(64) not null default '';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rate_limits" cascade;`);

    this.addSql(`alter table "search_documents" drop column "sort_hash";`);
  }

}
