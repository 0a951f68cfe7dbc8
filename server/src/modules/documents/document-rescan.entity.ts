import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A scan of every stored document again (after a signature update), with its progress. */
@ObjectType({ description: 'A rescan of every stored document, with its progress.' })
@Entity({ tableName: 'document_rescans' })
export class DocumentRescan {
  [OptionalProps]?: 'scanned' | 'infected';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  requestedByUserId!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { description: 'Stored documents when the rescan started.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  scanned: number = 0;

  @Field(() => Int, { description: 'Documents found infected (withdrawn).' })
  @Property({ type: 'integer', default: 0 })
  infected: number = 0;

  /** The last document scanned (documents go in id order). */
  @Property({ type: 'uuid', nullable: true })
  cursor?: string | null;
}
