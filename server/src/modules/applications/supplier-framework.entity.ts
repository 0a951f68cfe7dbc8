import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';

export enum DeclarationStatus {
  UNSTARTED = 'unstarted',
  STARTED = 'started',
  COMPLETE = 'complete',
}
registerEnumType(DeclarationStatus, { name: 'DeclarationStatus' });

/** A supplier's application to a framework: its interest, declaration and result. */
@ObjectType('FrameworkApplication', { description: "A supplier's application to a framework." })
@Entity({ tableName: 'supplier_frameworks' })
@Unique({ properties: ['supplier', 'framework'] })
export class SupplierFramework {
  [OptionalProps]?: 'declaration' | 'declarationStatus' | 'applicationCompanyDetailsConfirmed' | 'allowDeclarationReuse' | 'companyDetails';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Supplier, { ref: true, deleteRule: 'cascade' })
  supplier!: Ref<Supplier>;

  @ManyToOne(() => Framework, { ref: true, deleteRule: 'restrict' })
  framework!: Ref<Framework>;

  @Field(() => GraphQLJSONObject, { description: 'Answers to the declaration questions, by question id.' })
  @Property({ type: 'json', default: '{}' })
  declaration: Record<string, unknown> = {};

  @Field(() => DeclarationStatus)
  @Enum({ items: () => DeclarationStatus, nativeEnumName: 'declaration_status', default: DeclarationStatus.UNSTARTED })
  declarationStatus: DeclarationStatus = DeclarationStatus.UNSTARTED;

  @Field(() => Boolean, { nullable: true, description: 'The result: on the framework (true), not (false), or not yet known.' })
  @Property({ type: 'boolean', nullable: true })
  onFramework?: boolean | null;

  @Field(() => Boolean, { description: 'The supplier confirmed its company details for this application.' })
  @Property({ type: 'boolean', default: false })
  applicationCompanyDetailsConfirmed: boolean = false;

  @Field(() => GraphQLJSONObject, { description: 'The company details recorded for this application (kept current while the framework is open).' })
  @Property({ type: 'json', default: '{}' })
  companyDetails: Record<string, unknown> = {};

  /** Whether this declaration may prefill later ones (admins can switch it off for one supplier). */
  @Property({ type: 'boolean', default: true })
  allowDeclarationReuse: boolean = true;

  /** The earlier framework whose declaration prefills this one, chosen by the supplier. */
  @ManyToOne(() => Framework, { ref: true, nullable: true, deleteRule: 'set null' })
  prefillDeclarationFrom?: Ref<Framework> | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
