import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Service, ServiceStatus } from './service.entity.js';

/**
 * A service as it was immediately after one change (publish, import, edit, status change, revert).
 * Written in the same transaction as the change and never updated afterwards.
 */
@ObjectType({ description: 'A snapshot of a service taken right after a change.' })
@Entity({ tableName: 'archived_services' })
export class ArchivedService {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Service, { ref: true, deleteRule: 'cascade', index: true, fieldName: 'service_row_id' })
  service!: Ref<Service>;

  @Field(() => String, { description: 'The public id of the service.' })
  @Property({ type: 'string', length: 20, index: true })
  serviceId!: string;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'restrict' })
  supplier!: Ref<Supplier>;

  @ManyToOne(() => Framework, { ref: true, deleteRule: 'restrict' })
  framework!: Ref<Framework>;

  @ManyToOne(() => Lot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<Lot>;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json' })
  data!: Record<string, unknown>;

  @Field(() => ServiceStatus)
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status' })
  status!: ServiceStatus;

  @Field(() => Date, { description: 'When the change was made.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
