import { Migration } from '@mikro-orm/migrations';

export class Migration20261122184609_search_documents extends Migration {

  override name = 'Migration20261122184609_search_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "search_documents" ("id" serial primary key, "index_name" varchar(100) not null, "object_type" varchar(20) not null, "object_id" varchar(30) not null, "version" bigint not null, "document" jsonb not null, "search_text" text not null, "deleted" boolean not null default false, "updated_at" timestamptz not null);`);
    this.addSql(`create index "search_documents_text" on "search_documents" using gin (to_tsvector('english', "search_text"));`);
    this.addSql(`alter table "search_documents" add constraint "search_documents_object" unique ("index_name", "object_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "search_documents" cascade;`);
  }

}
