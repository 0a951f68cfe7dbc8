import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';

export enum ServiceStatus {
  PUBLISHED = 'published',
  ENABLED = 'enabled',
  DISABLED = 'disabled',
  DELETED = 'deleted',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  valuesConfig: {
    PUBLISHED: { description: 'Live: buyers can find and buy it.' },
    ENABLED: { description: 'Removed by the supplier: no longer offered, still visible to them and to admins.' },
    DISABLED: { description: 'Removed (suspended) by an admin.' },
    DELETED: { description: 'Deleted: as if it never existed, except to admins.' },
  },
});

/**
 * A live catalogue entry: a supplier's service on a framework lot, published when the framework
 * went live. The public id (`serviceId`) is a 15-digit string; the serial id stays internal.
 */
@ObjectType({ description: 'A service in the catalogue.' })
@Entity({ tableName: 'services' })
@Index({ properties: ['supplier', 'framework', 'lot'] })
@Index({ properties: ['framework', 'status'] })
export class Service {
  [OptionalProps]?: 'data' | 'status' | 'copiedToFollowingFramework';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'The public service id.' })
  @Property({ type: 'string', length: 20, unique: true })
  serviceId!: string;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'restrict' })
  supplier!: Ref<Supplier>;

  @ManyToOne(() => Framework, { ref: true, deleteRule: 'restrict' })
  framework!: Ref<Framework>;

  @ManyToOne(() => Lot, { ref: true, deleteRule: 'restrict' })
  lot!: Ref<Lot>;

  @Field(() => GraphQLJSONObject, { description: 'Answers by question id.' })
  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> = {};

  @Field(() => ServiceStatus)
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status', default: ServiceStatus.PUBLISHED })
  status: ServiceStatus = ServiceStatus.PUBLISHED;

  @Field(() => Boolean, { description: 'Copied into a draft on the next iteration of the framework.' })
  @Property({ type: 'boolean', default: false })
  copiedToFollowingFramework: boolean = false;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
