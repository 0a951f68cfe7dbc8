import { Check, Entity, Enum, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FrameworkLot } from './framework-lot.entity.js';

export enum FrameworkFamily {
  G_CLOUD = 'g-cloud',
  DIGITAL_OUTCOMES_AND_SPECIALISTS = 'digital-outcomes-and-specialists',
}
registerEnumType(FrameworkFamily, {
  name: 'FrameworkFamily',
  description: 'G-Cloud (buyers search and award directly) or DOS (buyers publish requirements).',
});

/** coming → open → pending → standstill → live → expired */
export enum FrameworkStatus {
  COMING = 'coming',
  OPEN = 'open',
  PENDING = 'pending',
  STANDSTILL = 'standstill',
  LIVE = 'live',
  EXPIRED = 'expired',
}
registerEnumType(FrameworkStatus, {
  name: 'FrameworkStatus',
  valuesConfig: {
    COMING: { description: 'Announced; suppliers cannot apply yet.' },
    OPEN: { description: 'Suppliers apply: declaration and draft services.' },
    PENDING: { description: 'Applications closed; evaluation in progress.' },
    STANDSTILL: { description: 'Results known; framework agreements being signed.' },
    LIVE: { description: 'Buyers can find services or publish requirements.' },
    EXPIRED: { description: 'No new buying.' },
  },
});

/** Frameworks whose agreements were signed on paper (no e-signature). */
const MANUAL_SIGNATURE_SLUGS = new Set([
  'g-cloud-4',
  'g-cloud-5',
  'g-cloud-6',
  'g-cloud-7',
  'g-cloud-8',
  'g-cloud-9',
  'g-cloud-10',
  'g-cloud-11',
  'digital-outcomes-and-specialists',
  'digital-outcomes-and-specialists-2',
  'digital-outcomes-and-specialists-3',
  'digital-outcomes-and-specialists-4',
]);

@ObjectType({ description: 'A procurement framework such as G-Cloud 13 or Digital Outcomes and Specialists 5.' })
@Entity({ tableName: 'frameworks' })
@Check({ name: 'frameworks_buying_route_check', expression: 'has_direct_award or has_further_competition' })
export class Framework {
  [OptionalProps]?: 'status' | 'clarificationQuestionsOpen' | 'allowDeclarationReuse' | 'createdAt' | 'updatedAt' | 'frameworkLots' | 'isESignatureSupported';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => FrameworkFamily)
  @Enum({ items: () => FrameworkFamily, nativeEnumName: 'framework_family' })
  @Index()
  family!: FrameworkFamily;

  @Field(() => FrameworkStatus)
  @Enum({ items: () => FrameworkStatus, nativeEnumName: 'framework_status', default: FrameworkStatus.PENDING })
  @Index()
  status: FrameworkStatus = FrameworkStatus.PENDING;

  @Field(() => Boolean, { description: 'Suppliers may ask clarification questions (only while coming, open or pending).' })
  @Property({ type: 'boolean', default: false })
  clarificationQuestionsOpen: boolean = false;

  @Field(() => Boolean, { description: 'Declarations made for this framework may prefill later ones.' })
  @Property({ type: 'boolean', default: false })
  allowDeclarationReuse: boolean = false;

  @Field(() => Boolean, { description: 'Buyers search, shortlist and award directly (G-Cloud).' })
  @Property({ type: 'boolean' })
  hasDirectAward!: boolean;

  @Field(() => Boolean, { description: 'Buyers publish requirements for suppliers to answer (DOS).' })
  @Property({ type: 'boolean' })
  hasFurtherCompetition!: boolean;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  applicationsCloseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  intentionToAwardAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  clarificationsCloseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  clarificationsPublishAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  liveAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /** Agreement version, countersigner, variations, lot descriptions… validated when admins change it. */
  @Property({ type: 'json', nullable: true })
  agreementDetails?: Record<string, unknown> | null;

  @OneToMany(() => FrameworkLot, (fl) => fl.framework, { orderBy: { position: 'asc' } })
  frameworkLots = new Collection<FrameworkLot>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Boolean, { description: 'Framework agreements for this framework are signed online.' })
  get isESignatureSupported(): boolean {
    return !MANUAL_SIGNATURE_SLUGS.has(this.slug);
  }
}
