import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Brief } from './brief.entity.js';

/**
 * A supplier's application to a brief: at most one per supplier and brief, and at most one awarded
 * per brief (both enforced by the database). Its status is derived from the timestamps.
 */
@ObjectType({ description: "A supplier's response to an opportunity." })
@Entity({ tableName: 'brief_responses' })
@Unique({ name: 'brief_responses_one_per_supplier', properties: ['brief', 'supplier'] })
@Index({
  name: 'brief_responses_one_awarded_per_brief',
  expression: 'create unique index "brief_responses_one_awarded_per_brief" on "brief_responses" ("brief_id") where "awarded_at" is not null',
})
export class BriefResponse {
  [OptionalProps]?: 'data' | 'awardDetails';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Brief, { ref: true, deleteRule: 'cascade' })
  brief!: Ref<Brief>;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'cascade', index: true })
  supplier!: Ref<Supplier>;

  @Field(() => GraphQLJSONObject, { description: 'Answers by question id.' })
  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> = {};

  @Field(() => Date)
  @Property({ type: 'datetime', index: true })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  awardedAt?: Date | null;

  /** `{ pending: true }` once chosen as the winner, then the contract details. */
  @Property({ type: 'json', default: '{}' })
  awardDetails: Record<string, unknown> = {};
}
