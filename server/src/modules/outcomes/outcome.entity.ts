import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BriefResponse } from '../briefs/brief-response.entity.js';
import { Brief } from '../briefs/brief.entity.js';
import { DirectAwardProject, DirectAwardSearch } from '../directaward/project.entity.js';
import { ArchivedService } from '../services/archived-service.entity.js';

export enum OutcomeResult {
  AWARDED = 'awarded',
  CANCELLED = 'cancelled',
  NONE_SUITABLE = 'none-suitable',
}
registerEnumType(OutcomeResult, { name: 'OutcomeResult' });

/**
 * The result of a procurement (dm-api §2.19): awarded (with the contract's dates, organisation and
 * value), cancelled, or no suitable supplier. One completed outcome per brief (database-enforced).
 */
@ObjectType({ description: 'The result of a procurement.' })
@Entity({ tableName: 'outcomes' })
@Check({ name: 'outcomes_award_value_not_negative', expression: 'award_value is null or award_value >= 0' })
@Check({ name: 'outcomes_brief_response_only_when_awarded', expression: "result = 'awarded' or brief_response_id is null" })
@Check({ name: 'outcomes_either_brief_or_direct_award', expression: '(brief_id is null) <> (direct_award_project_id is null)' })
@Check({ name: 'outcomes_award_keys_only_when_awarded', expression: "result = 'awarded' or (direct_award_search_id is null and direct_award_archived_service_id is null)" })
@Index({
  name: 'outcomes_one_completed_per_project',
  expression: 'create unique index "outcomes_one_completed_per_project" on "outcomes" ("direct_award_project_id") where "completed_at" is not null',
})
@Index({
  name: 'outcomes_one_completed_per_brief',
  expression: 'create unique index "outcomes_one_completed_per_brief" on "outcomes" ("brief_id") where "completed_at" is not null',
})
export class Outcome {
  [OptionalProps]?: 'completedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'The public outcome id (15 digits).' })
  @Property({ type: 'string', length: 20, unique: true })
  externalId!: string;

  @Field(() => OutcomeResult)
  @Enum({ items: () => OutcomeResult, nativeEnumName: 'outcome_result' })
  result!: OutcomeResult;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Contract start date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 255, nullable: true })
  awardingOrganisationName?: string | null;

  @Field(() => String, { nullable: true, description: 'Pounds and pence, as a decimal string.' })
  @Property({ type: 'decimal', precision: 11, scale: 2, nullable: true })
  awardValue?: string | null;

  @ManyToOne(() => Brief, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  brief?: Ref<Brief> | null;

  @ManyToOne(() => BriefResponse, { ref: true, nullable: true, deleteRule: 'cascade' })
  briefResponse?: Ref<BriefResponse> | null;

  @ManyToOne(() => DirectAwardProject, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  directAwardProject?: Ref<DirectAwardProject> | null;

  @ManyToOne(() => DirectAwardSearch, { ref: true, nullable: true, deleteRule: 'cascade' })
  directAwardSearch?: Ref<DirectAwardSearch> | null;

  /** The version of the service awarded (from the frozen results). */
  @ManyToOne(() => ArchivedService, { ref: true, nullable: true, deleteRule: 'restrict' })
  directAwardArchivedService?: Ref<ArchivedService> | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
