import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Brief } from './brief.entity.js';

/** A question about a brief with the buyer's answer, published to every supplier. */
@ObjectType({ description: 'A clarification question and its answer, published by the buyer.' })
@Entity({ tableName: 'brief_clarification_questions' })
export class BriefClarificationQuestion {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Brief, { ref: true, deleteRule: 'cascade', index: true })
  brief!: Ref<Brief>;

  @Field(() => String)
  @Property({ type: 'text' })
  question!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  answer!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', index: true })
  publishedAt!: Date;
}
