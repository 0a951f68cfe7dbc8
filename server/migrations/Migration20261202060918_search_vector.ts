import { Migration } from '@mikro-orm/migrations';

/** The indexed text's words kept by Postgres (a stored generated column), matched through its own GIN index. */
export class Migration20261202060918_search_vector extends Migration {
  override name = 'Migration20261202060918_search_vector';

  override up(): void | Promise<void> {
    this.addSql(`alter table "search_documents" add "search_vector" tsvector generated always as (to_tsvector('english', "search_text")) stored null;`);
    this.addSql(`drop index "search_documents_text";`);
    this.addSql(`create index "search_documents_vector" on "search_documents" using gin ("search_vector");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "search_documents_vector";`);
    this.addSql(`create index "search_documents_text" on "search_documents" using gin (to_tsvector('english', "search_text"));`);
    this.addSql(`alter table "search_documents" drop column "search_vector";`);
  }
}
