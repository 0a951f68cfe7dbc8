import type { Ref } from '@mikro-orm/core';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { ArchivedService } from '../services/archived-service.entity.js';
import { User } from '../users/user.entity.js';

/** A buyer's G-Cloud direct award: saved searches, the frozen results, and the outcome. */
@ObjectType({ description: 'A direct award project: a saved G-Cloud search taken through to an outcome.' })
@Entity({ tableName: 'direct_award_projects' })
export class DirectAwardProject {
  [OptionalProps]?: 'active';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'The public project id (15 digits).' })
  @Property({ type: 'string', length: 20, unique: true })
  externalId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the search was ended and its results frozen.' })
  @Property({ type: 'datetime', nullable: true })
  lockedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The latest download of the results.' })
  @Property({ type: 'datetime', nullable: true })
  downloadedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readyToAssessAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  stillAssessingAt?: Date | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}

@Entity({ tableName: 'direct_award_project_users' })
@Unique({ properties: ['project', 'user'] })
export class DirectAwardProjectUser {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => DirectAwardProject, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<DirectAwardProject>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;
}

/** A saved search of a project (keywords, lot, filters); one is active; frozen when the project is locked. */
@ObjectType({ description: 'A saved catalogue search.' })
@Entity({ tableName: 'direct_award_searches' })
@Index({ name: 'direct_award_searches_one_active', expression: 'create unique index "direct_award_searches_one_active" on "direct_award_searches" ("project_id") where "active"' })
export class DirectAwardSearch {
  [OptionalProps]?: 'active';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => DirectAwardProject, { ref: true, deleteRule: 'cascade', index: true })
  project!: Ref<DirectAwardProject>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => GraphQLJSONObject, { description: 'The search: q, lot and filters.' })
  @Property({ type: 'json' })
  query!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was run to freeze the results.' })
  @Property({ type: 'datetime', nullable: true })
  searchedAt?: Date | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}

/** One frozen result: the exact version of a service the search found when the project was locked. */
@Entity({ tableName: 'direct_award_search_result_entries' })
@Unique({ properties: ['archivedService', 'search'] })
export class DirectAwardSearchResultEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => DirectAwardSearch, { ref: true, deleteRule: 'cascade', index: true })
  search!: Ref<DirectAwardSearch>;

  @ManyToOne(() => ArchivedService, { ref: true, deleteRule: 'restrict', index: true })
  archivedService!: Ref<ArchivedService>;
}
