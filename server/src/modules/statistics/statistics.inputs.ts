import { MaxLength } from 'class-validator';
import { ArgsType, Field, ObjectType } from 'type-graphql';
import { Framework } from '../frameworks/framework.entity.js';
import { ApplicationStatistics } from './application-statistics.entity.js';

@ArgsType()
export class StatisticsArgs {
  @Field(() => String)
  @MaxLength(100)
  frameworkSlug!: string;
}

/** A framework's application statistics: the figures of the views and when they were refreshed. */
@ObjectType('FrameworkApplicationStatistics', { description: "A framework's application statistics (AD16), counted in the database as of refreshedAt." })
export class FrameworkApplicationStatistics {
  @Field(() => Framework)
  framework!: Framework;

  @Field(() => ApplicationStatistics)
  totals!: ApplicationStatistics;

  @Field(() => Date, { nullable: true, description: 'When the figures were last counted; null before the first refresh.' })
  refreshedAt!: Date | null;
}
