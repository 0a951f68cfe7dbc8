import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Where each event handler has got to: the (transaction id, event id) of the last event it applied
 * (see EventDispatcher), with its current run of failures and when to try again.
 */
@Entity({ tableName: 'event_handler_positions' })
export class EventHandlerPosition {
  @PrimaryKey({ type: 'string', length: 100 })
  handler!: string;

  @Property({ type: 'string', columnType: 'xid8' })
  txid!: string;

  @Property({ type: 'bigint', default: 0 })
  eventId!: string;

  @Property({ type: 'integer', default: 0 })
  failures!: number;

  @Property({ type: 'datetime', nullable: true })
  retryAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt!: Date;
}

/** An event a handler set aside after repeated failures, for an admin to look into and replay. */
@Entity({ tableName: 'event_dead_letters' })
export class EventDeadLetter {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  handler!: string;

  @Property({ type: 'integer' })
  eventId!: number;

  @Property({ type: 'text' })
  error!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
