import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * The counters of the rate limits, shared by every API process (rate-limiter-flexible's Postgres
 * store reads and writes this table; declared here so that migrations own it).
 */
@Entity({ tableName: 'rate_limits' })
export class RateLimitCounter {
  /** The limit's name and its subject (client address or account), e.g. `requests:203.0.113.7`. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** When the window ends, in milliseconds since the epoch. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
