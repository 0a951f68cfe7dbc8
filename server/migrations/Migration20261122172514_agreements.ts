import { Migration } from '@mikro-orm/migrations';

export class Migration20261122172514_agreements extends Migration {

  override name = 'Migration20261122172514_agreements';

  override up(): void | Promise<void> {
    this.addSql(`create table "framework_agreements" ("id" serial primary key, "application_id" int not null, "agreement_version" varchar(100) not null, "signer_name" varchar(255) not null, "signer_role" varchar(255) not null, "signed_by_user_id" int not null, "signed_at" timestamptz not null, "put_on_hold_at" timestamptz null, "approved_at" timestamptz null, "approved_by_user_id" int null, "countersigner_name" varchar(255) null, "countersigner_role" varchar(255) null, "countersigned_at" timestamptz null);`);
    this.addSql(`create index "framework_agreements_application_id_index" on "framework_agreements" ("application_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'sign_agreement' after 'update_supplier_framework';`);
    this.addSql(`alter type "audit_type" add value if not exists 'update_agreement' after 'sign_agreement';`);
    this.addSql(`alter type "audit_type" add value if not exists 'countersign_agreement' after 'update_agreement';`);

    this.addSql(`alter table "framework_agreements" add constraint "framework_agreements_application_id_foreign" foreign key ("application_id") references "supplier_frameworks" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "framework_agreements" cascade;`);
  }

}
