import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';

export enum DraftStatus {
  NOT_SUBMITTED = 'not-submitted',
  SUBMITTED = 'submitted',
  FAILED = 'failed',
}
registerEnumType(DraftStatus, { name: 'DraftStatus', valuesConfig: { SUBMITTED: { description: 'Marked as complete.' } } });

/** A service a supplier is preparing for a framework application, answered a page at a time. */
@ObjectType({ description: 'A service being prepared as part of a framework application.' })
@Entity({ tableName: 'draft_services' })
@Index({ properties: ['supplier', 'framework'] })
export class DraftService {
  [OptionalProps]?: 'data' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'cascade' })
  supplier!: Ref<Supplier>;

  @ManyToOne(() => Framework, { ref: true, deleteRule: 'restrict' })
  framework!: Ref<Framework>;

  @ManyToOne(() => Lot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<Lot>;

  @Field(() => GraphQLJSONObject, { description: 'Answers by question id.' })
  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> = {};

  @Field(() => DraftStatus)
  @Enum({ items: () => DraftStatus, nativeEnumName: 'draft_status', default: DraftStatus.NOT_SUBMITTED })
  status: DraftStatus = DraftStatus.NOT_SUBMITTED;

  @Field(() => String, { nullable: true, description: 'The live service this draft became when the framework went live.' })
  @Property({ type: 'string', length: 20, nullable: true, index: true })
  serviceId?: string | null;

  @Field(() => String, { nullable: true, description: "The previous framework's service this draft was copied from." })
  @Property({ type: 'string', length: 20, nullable: true })
  copiedFromServiceId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
