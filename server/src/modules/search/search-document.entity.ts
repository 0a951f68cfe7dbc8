import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

/**
 * The Postgres adapter's index: one row per document per index, written only by index jobs (never
 * in the transactions that change services or briefs), with a version that only moves forward.
 * A removed document stays as a tombstone so that an older update cannot bring it back.
 */
@Entity({ tableName: 'search_documents' })
@Unique({ name: 'search_documents_object', properties: ['indexName', 'objectId'] })
@Index({ name: 'search_documents_vector', expression: `create index "search_documents_vector" on "search_documents" using gin ("search_vector")` })
export class SearchDocument {
  [OptionalProps]?: 'deleted' | 'sortHash';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  indexName!: string;

  @Property({ type: 'string', length: 20 })
  objectType!: string;

  @Property({ type: 'string', length: 30 })
  objectId!: string;

  /** Microseconds since the epoch when the state was read; an update applies only if newer. */
  @Property({ type: 'bigint' })
  version!: string;

  @Property({ type: 'json' })
  document!: Record<string, unknown>;

  @Property({ type: 'text' })
  searchText!: string;

  /**
   * The text's words as Postgres reads them, kept by Postgres beside the text: matching, ranking
   * and counting read it instead of parsing the text again for every row they touch.
   */
  @Property({ type: 'string', columnType: 'tsvector', generated: `(to_tsvector('english', "search_text")) stored`, lazy: true, nullable: true })
  searchVector?: string;

  @Property({ type: 'boolean', default: false })
  deleted: boolean = false;

  /** sortHash(objectId): the order of equal matches (the original's sortonly_serviceIdHash / idHash). */
  @Property({ type: 'string', length: 64, default: '' })
  sortHash: string = '';

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
