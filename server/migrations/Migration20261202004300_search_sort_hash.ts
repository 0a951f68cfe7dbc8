import { Migration } from '@mikro-orm/migrations';

/**
 * Fills search_documents.sort_hash (added empty by the hardening migration) for documents indexed
 * before it existed: the lowercase hex SHA-256 of the public id, as the search adapters write it.
 */
export class Migration20261202004300_search_sort_hash extends Migration {

  override name = 'Migration20261202004300_search_sort_hash';

  override up(): void | Promise<void> {
    this.addSql(`update "search_documents" set "sort_hash" = encode(sha256(convert_to("object_id", 'UTF8')), 'hex') where "sort_hash" = '';`);
  }

  override down(): void | Promise<void> {
    // The column (and its values) go with the hardening migration's down.
  }

}
