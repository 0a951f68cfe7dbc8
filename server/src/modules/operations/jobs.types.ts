import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** pg-boss's job states, as the admin pages show them. */
export enum JobState {
  CREATED = 'created',
  RETRY = 'retry',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}
registerEnumType(JobState, { name: 'JobState', description: 'A background job: waiting (created), waiting to be retried, running (active), or finished.' });

@ObjectType({ description: 'One background job (pg-boss), as the operations pages show it.' })
export class BackgroundJob {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The queue (job name), e.g. email.send.' })
  queue!: string;

  @Field(() => JobState)
  state!: JobState;

  @Field(() => String, { description: 'The payload as JSON (ids only, by design).' })
  data!: string;

  @Field(() => Int, { description: 'Times it has run (or is running).' })
  attempts!: number;

  @Field(() => Int, { description: 'Times it may run in all: its retry limit plus one.' })
  maxAttempts!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed, failed or was cancelled.' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The error of its last failed run.' })
  lastError!: string | null;

  @Field(() => Boolean, { description: 'Running past its expiry, or its worker stopped sending heartbeats.' })
  stalled!: boolean;

  @Field(() => String, { nullable: true, description: 'In the dead-letter queue: the queue it failed on.' })
  sourceQueue!: string | null;

  @Field(() => String, { nullable: true, description: 'In the dead-letter queue: the id of the job that failed.' })
  sourceId!: string | null;

  @Field(() => Boolean, { description: 'A failed job whose copy is waiting in the dead-letter queue.' })
  deadLettered!: boolean;
}

@ObjectType({ description: 'How many jobs of one queue are in each state that needs watching.' })
export class JobQueueStatus {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'This is the dead-letter queue (jobs out of retries wait here; no worker takes them).' })
  isDeadLetter!: boolean;

  @Field(() => String, { nullable: true, description: "Where this queue's jobs go when they are out of retries." })
  deadLetter!: string | null;

  @Field(() => Int)
  retryLimit!: number;

  @Field(() => Int)
  expireInSeconds!: number;

  @Field(() => Int, { description: 'Waiting to run.' })
  created!: number;

  @Field(() => Int, { description: 'Failed a run, waiting to be retried.' })
  retry!: number;

  @Field(() => Int, { description: 'Running (stalled ones included).' })
  active!: number;

  @Field(() => Int, { description: 'Running past their expiry or without heartbeats.' })
  stalled!: number;

  @Field(() => Int, { description: 'Out of retries (kept until the queue deletes them).' })
  failed!: number;
}

@ObjectType({ description: 'Background work that needs an admin: queues, failed and stalled jobs, the dead-letter queue.' })
export class BackgroundJobsOverview {
  @Field(() => [JobQueueStatus])
  queues!: JobQueueStatus[];

  @Field(() => [BackgroundJob], { description: 'Failed jobs of every queue, newest first (at most 50).' })
  failed!: BackgroundJob[];

  @Field(() => [BackgroundJob], { description: 'Stalled jobs, oldest start first (at most 50).' })
  stalled!: BackgroundJob[];

  @Field(() => [BackgroundJob], { description: 'Jobs waiting in the dead-letter queue, newest first (at most 50).' })
  deadLettered!: BackgroundJob[];
}

@ObjectType({ description: 'The counts the admin home shows.' })
export class JobProblemCounts {
  @Field(() => Int, { description: 'Failed jobs (out of retries) in every queue but the dead-letter queue.' })
  failed!: number;

  @Field(() => Int)
  stalled!: number;
}
