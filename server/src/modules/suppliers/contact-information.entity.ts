import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Supplier } from './supplier.entity.js';

/** A supplier's contact; the first one is the contact buyers see and holds the registered address. */
@ObjectType({ description: 'How buyers contact a supplier.' })
@Entity({ tableName: 'contact_information' })
export class ContactInformation {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'cascade' })
  @Index()
  supplier!: Ref<Supplier>;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  contactName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  phoneNumber?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  address1?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  city?: string | null;

  @Property({ type: 'string', length: 15, nullable: true })
  postcode?: string | null;
}
