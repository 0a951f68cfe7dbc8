import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../shared/role.js';

/** Sign-in attempts that lock an account until an admin unlocks it or the password is reset. */
export const FAILED_LOGIN_LIMIT = 5;

@ObjectType({ description: 'A person who signs in: a buyer, a supplier user or an admin.' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'active' | 'failedLoginCount' | 'userResearchOptedIn' | 'locked' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  /** Always stored lower-cased; unique. */
  @Field(() => String)
  @Property({ type: 'string', length: 320, unique: true })
  email!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  phoneNumber?: string | null;

  /** argon2id hash; never exposed, and never read except by the code that checks it (`populate: ['passwordHash']`). */
  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  @Index()
  role!: Role;

  /** The company a supplier user works for (supplier users only). */
  @ManyToOne(() => Supplier, { ref: true, nullable: true, deleteRule: 'restrict' })
  @Index()
  supplier?: Ref<Supplier> | null;

  @Field(() => Boolean, { description: 'False when the account has been deactivated.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Number)
  @Property({ type: 'smallint', default: 0 })
  failedLoginCount: number = 0;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  userResearchOptedIn: boolean = false;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  passwordChangedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  loggedInAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(() => Boolean, { description: 'Locked after repeated failed sign-ins, until an admin unlocks it or the password is reset.' })
  get locked(): boolean {
    return this.failedLoginCount >= FAILED_LOGIN_LIMIT;
  }
}
