import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** A job: its queue and id (the service checks the id is a UUID, as a field error). */
@ArgsType()
export class JobRefArgs {
  @Field(() => String)
  @MaxLength(100)
  queue!: string;

  @Field(() => ID)
  @MaxLength(36)
  id!: string;
}
