import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { SupplierFramework } from './supplier-framework.entity.js';

/** A supplier's framework agreement, signed online against a recorded agreement version. */
@ObjectType({ description: "A supplier's framework agreement." })
@Entity({ tableName: 'framework_agreements' })
export class FrameworkAgreement {
  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SupplierFramework, { ref: true, deleteRule: 'cascade' })
  @Index()
  application!: Ref<SupplierFramework>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  agreementVersion!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  signerName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  signerRole!: string;

  @Property({ type: 'integer' })
  signedByUserId!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  signedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  putOnHoldAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  approvedByUserId?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 255, nullable: true })
  countersignerName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 255, nullable: true })
  countersignerRole?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  countersignedAt?: Date | null;
}
