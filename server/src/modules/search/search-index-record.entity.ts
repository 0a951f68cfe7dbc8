import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

export type IndexState = 'building' | 'active' | 'previous' | 'failed';

/**
 * The physical (dated) indices behind each alias, per search engine: the one searches read
 * (`active`), the one a rebuild is filling (`building`), the one kept for a rollback (`previous`).
 * Index jobs write to all three, so a rebuild misses nothing and a rollback returns current data.
 * At most one active and one building index per alias and engine (database-enforced).
 */
@Entity({ tableName: 'search_indices' })
@Unique({ name: 'search_indices_physical', properties: ['engine', 'physicalName'] })
@Index({ name: 'search_indices_one_active', expression: `create unique index "search_indices_one_active" on "search_indices" ("engine", "alias") where "state" = 'active'` })
@Index({ name: 'search_indices_one_building', expression: `create unique index "search_indices_one_building" on "search_indices" ("engine", "alias") where "state" = 'building'` })
export class SearchIndexRecord {
  [OptionalProps]?: 'documents' | 'total' | 'activatedAt' | 'error';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** `postgres`, or `opensearch:<index prefix>`. */
  @Property({ type: 'string', length: 120 })
  engine!: string;

  /** The name searches use, e.g. services-g-cloud-13. */
  @Property({ type: 'string', length: 100 })
  alias!: string;

  /** The dated index, e.g. services-g-cloud-13-20261122t203000123. */
  @Property({ type: 'string', length: 140 })
  physicalName!: string;

  @Property({ type: 'string', length: 20 })
  state!: IndexState;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  activatedAt: Date | null = null;

  /** Documents written by the rebuild so far, and how many it expects. */
  @Property({ type: 'integer', default: 0 })
  documents: number = 0;

  @Property({ type: 'integer', nullable: true })
  total: number | null = null;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
