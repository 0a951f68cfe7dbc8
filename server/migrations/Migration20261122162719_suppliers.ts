import { Migration } from '@mikro-orm/migrations';

export class Migration20261122162719_suppliers extends Migration {

  override name = 'Migration20261122162719_suppliers';

  override up(): void | Promise<void> {
    this.addSql(`create type "organisation_size" as enum ('micro', 'small', 'medium', 'large');`);
    this.addSql(`create type "trading_status" as enum ('limited company (LTD)', 'limited liability company (LLC)', 'public limited company (PLC)', 'limited liability partnership (LLP)', 'sole trader', 'public body', 'other');`);
    this.addSql(`create table "suppliers" ("id" serial primary key, "name" varchar(255) not null, "description" text null, "duns_number" varchar(9) not null, "companies_house_number" varchar(8) null, "other_company_registration_number" varchar(255) null, "registered_name" varchar(255) null, "registration_country" varchar(20) null, "vat_number" varchar(30) null, "organisation_size" "organisation_size" null, "trading_status" "trading_status" null, "company_details_confirmed" boolean not null default false, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "suppliers_name_index" on "suppliers" ("name");`);
    this.addSql(`alter table "suppliers" add constraint "suppliers_duns_number_unique" unique ("duns_number");`);

    this.addSql(`create table "contact_information" ("id" serial primary key, "supplier_id" int not null, "contact_name" varchar(255) not null, "email" varchar(320) not null, "phone_number" varchar(20) null, "address1" varchar(255) null, "city" varchar(255) null, "postcode" varchar(15) null);`);
    this.addSql(`create index "contact_information_supplier_id_index" on "contact_information" ("supplier_id");`);

    this.addSql(`alter type "audit_type" add value if not exists 'create_supplier' after 'framework_update';`);
    this.addSql(`alter type "audit_type" add value if not exists 'supplier_update' after 'create_supplier';`);

    this.addSql(`alter table "users" add constraint "users_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete restrict;`);

    // Supplier ids are public and continue the original service's numbering.
    this.addSql(`alter sequence "suppliers_id_seq" restart with 700000;`);
    this.addSql(`alter table "contact_information" add constraint "contact_information_supplier_id_foreign" foreign key ("supplier_id") references "suppliers" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "contact_information" drop constraint "contact_information_supplier_id_foreign";`);
    this.addSql(`alter table "users" drop constraint "users_supplier_id_foreign";`);

    this.addSql(`drop table if exists "suppliers" cascade;`);
    this.addSql(`drop table if exists "contact_information" cascade;`);

    this.addSql(`drop type "organisation_size";`);
    this.addSql(`drop type "trading_status";`);
  }

}
