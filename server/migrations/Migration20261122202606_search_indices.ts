import { Migration } from '@mikro-orm/migrations';

export class Migration20261122202606_search_indices extends Migration {

  override name = 'Migration20261122202606_search_indices';

  override up(): void | Promise<void> {
    this.addSql(`create table "search_indices" ("id" serial primary key, "engine" varchar(120) not null, "alias" varchar(100) not null, "physical_name" varchar(140) not null, "state" varchar(20) not null, "created_at" timestamptz not null, "activated_at" timestamptz null, "documents" int not null default 0, "total" int null, "error" text null);`);
    this.addSql(`create unique index "search_indices_one_building" on "search_indices" ("engine", "alias") where "state" = 'building';`);
    this.addSql(`create unique index "search_indices_one_active" on "search_indices" ("engine", "alias") where "state" = 'active';`);
    this.addSql(`alter table "search_indices" add constraint "search_indices_physical" unique ("engine", "physical_name");`);

    // Documents already in the Postgres index stay searchable: each index name becomes its own alias's active index.
    this.addSql(`insert into "search_indices" ("engine", "alias", "physical_name", "state", "created_at", "activated_at", "documents") select 'postgres', "index_name", "index_name", 'active', now(), now(), count(*) from "search_documents" group by "index_name";`);

    this.addSql(`alter type "audit_type" add value if not exists 'rebuild_search_index' after 'downloaded_project';`);
    this.addSql(`alter type "audit_type" add value if not exists 'rollback_search_index' after 'rebuild_search_index';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "search_indices" cascade;`);
  }

}
