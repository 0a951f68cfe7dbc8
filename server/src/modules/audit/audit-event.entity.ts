import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditType } from './audit.types.js';

/**
 * One thing that happened: who did what to which object, with the details. Written in the same
 * transaction as the change it records.
 */
@ObjectType({ description: 'A record of one change: who made it, to what, and the details.' })
@Entity({
  tableName: 'audit_events',
  // New events wake the event dispatchers at commit (see app/events.ts); one notification per statement.
  triggers: [{ name: 'audit_events_notify', timing: 'after', events: ['insert'], forEach: 'statement', body: "perform pg_notify('domain_events', ''); return null;" }],
})
@Index({ name: 'audit_events_object_index', properties: ['objectType', 'objectId', 'type', 'createdAt'] })
@Index({ name: 'audit_events_delivery_index', properties: ['txid', 'id'] })
// The audit browser's "by user" filter, newest first.
@Index({ name: 'audit_events_actor_email_index', properties: ['actorEmail', 'id'] })
export class AuditEvent {
  [OptionalProps]?: 'acknowledged' | 'createdAt' | 'txid';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => AuditType)
  @Enum({ items: () => AuditType, nativeEnumName: 'audit_type' })
  @Index()
  type!: AuditType;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  @Index()
  createdAt!: Date;

  /** The signed-in user who acted, if any (null for anonymous actions such as sign-up). */
  @Field(() => Number, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  actorId?: number | null;

  /** Email of the actor, or of the account concerned for anonymous actions. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 320, nullable: true })
  actorEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  objectType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 50, nullable: true })
  objectId?: string | null;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  /** The writing transaction (set by Postgres): with the id, the order events reach their handlers. */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', lazy: true })
  txid?: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  acknowledged: boolean = false;

  @Field(() => Number, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  acknowledgedById?: number | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;
}
