import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';

/**
 * A buyer's requirement on a DOS lot (an "opportunity" once published). Its status is derived from
 * the timestamps below; `applicationsClosedAt` is fixed at publication from `publishedAt` and the
 * requirements length, so the rule can run in SQL.
 */
@ObjectType({ description: "A buyer's requirement (an opportunity once published)." })
@Entity({ tableName: 'briefs' })
@Index({ properties: ['framework', 'lot'] })
export class Brief {
  [OptionalProps]?: 'data' | 'isACopy';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Framework, { ref: true, deleteRule: 'restrict' })
  framework!: Ref<Framework>;

  @ManyToOne(() => Lot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<Lot>;

  @Field(() => GraphQLJSONObject, { description: 'Answers by question id.' })
  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> = {};

  @Field(() => Boolean, { description: 'Created by copying another brief.' })
  @Property({ type: 'boolean', default: false })
  isACopy: boolean = false;

  @Field(() => Date)
  @Property({ type: 'datetime', index: true })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime', index: true })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true, index: true })
  publishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Applications close: 23:59:59 UTC on the closing day.' })
  @Property({ type: 'datetime', nullable: true, index: true })
  applicationsClosedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true, index: true })
  withdrawnAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the buyer withdrew it.' })
  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true, index: true })
  cancelledAt?: Date | null;

  /** When the closing of applications was recorded (the deadline job is idempotent on it; the buyers are emailed from its event). */
  @Property({ type: 'datetime', nullable: true })
  closedNoticeSentAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true, index: true })
  unsuccessfulAt?: Date | null;
}
