import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { ApplicationStatisticsDay, LotApplicationStatistics } from './application-statistics.entity.js';
import { FrameworkApplicationStatistics, StatisticsArgs } from './statistics.inputs.js';
import * as statistics from './statistics.service.js';

@Resolver(() => FrameworkApplicationStatistics)
export class StatisticsResolver {
  @Authorized(rolesFor(Permission.VIEW_APPLICATION_STATISTICS))
  @Query(() => FrameworkApplicationStatistics, { description: "A framework's application statistics as of the last refresh; NOT_FOUND for an unknown framework." })
  async applicationStatistics(@Args(() => StatisticsArgs) { frameworkSlug }: StatisticsArgs, @Ctx() ctx: AppContext): Promise<FrameworkApplicationStatistics> {
    return statistics.applicationStatistics(ctx, frameworkSlug);
  }

  @Authorized(rolesFor(Permission.VIEW_APPLICATION_STATISTICS))
  @Mutation(() => FrameworkApplicationStatistics, { description: 'Counts every framework’s application statistics again now; returns this framework’s.' })
  async refreshApplicationStatistics(@Args(() => StatisticsArgs) { frameworkSlug }: StatisticsArgs, @Ctx() ctx: AppContext): Promise<FrameworkApplicationStatistics> {
    return statistics.refreshApplicationStatistics(ctx, frameworkSlug);
  }

  @FieldResolver(() => [LotApplicationStatistics], { description: 'Each lot of the framework, in order.' })
  async lots(@Root() root: FrameworkApplicationStatistics, @Ctx() ctx: AppContext): Promise<LotApplicationStatistics[]> {
    return statistics.lotStatistics(ctx.em, root.framework.id);
  }

  @FieldResolver(() => [ApplicationStatisticsDay], { description: 'The running totals at the end of each day on which something changed, oldest first.' })
  async days(@Root() root: FrameworkApplicationStatistics, @Ctx() ctx: AppContext): Promise<ApplicationStatisticsDay[]> {
    return statistics.dailyStatistics(ctx.em, root.framework.id);
  }
}
