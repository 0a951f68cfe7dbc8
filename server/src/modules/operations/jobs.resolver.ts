import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { JobRefArgs } from './jobs.inputs.js';
import { backgroundJob, discardJob, jobProblemCounts, jobsOverview, retryJob } from './jobs.service.js';
import { BackgroundJob, BackgroundJobsOverview, JobProblemCounts } from './jobs.types.js';

@Resolver()
export class JobsResolver {
  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Query(() => BackgroundJobsOverview, { description: 'Every job queue with its counts; failed, stalled and dead-lettered jobs (admin, admin-framework-manager).' })
  backgroundJobs(@Ctx() ctx: AppContext): Promise<BackgroundJobsOverview> {
    return jobsOverview(ctx.em);
  }

  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Query(() => JobProblemCounts, { description: 'How many jobs have failed or stalled (the admin home).' })
  backgroundJobProblems(@Ctx() ctx: AppContext): Promise<JobProblemCounts> {
    return jobProblemCounts(ctx.em);
  }

  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Query(() => BackgroundJob, { description: 'One job of a queue, in any state. NOT_FOUND once deleted.' })
  backgroundJob(@Args(() => JobRefArgs) { queue, id }: JobRefArgs, @Ctx() ctx: AppContext): Promise<BackgroundJob> {
    return backgroundJob(ctx, queue, id);
  }

  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Mutation(() => BackgroundJob, {
    description: 'Runs a failed, stalled or dead-lettered job again (audited); answers the job that will run. CONFLICT when the job is in another state.',
  })
  retryBackgroundJob(@Args(() => JobRefArgs) { queue, id }: JobRefArgs, @Ctx() ctx: AppContext): Promise<BackgroundJob> {
    return retryJob(ctx, queue, id);
  }

  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Mutation(() => Boolean, { description: 'Gives up on a failed, stalled or dead-lettered job (audited with its payload and error).' })
  discardBackgroundJob(@Args(() => JobRefArgs) { queue, id }: JobRefArgs, @Ctx() ctx: AppContext): Promise<boolean> {
    return discardJob(ctx, queue, id);
  }
}
