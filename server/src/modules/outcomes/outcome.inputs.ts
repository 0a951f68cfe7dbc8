import { Matches } from 'class-validator';
import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { IsSerialId } from '../../shared/validation.js';
import { PUBLIC_ID } from '../directaward/project.inputs.js';

export enum NoAwardResult {
  CANCELLED = 'cancelled',
  NONE_SUITABLE = 'none-suitable',
}
registerEnumType(NoAwardResult, { name: 'NoAwardResult' });

/** A response of a brief: the award steps name both. */
@ArgsType()
export class AwardArgs {
  @Field(() => ID)
  @IsSerialId('brief')
  briefId!: string;

  @Field(() => ID)
  @IsSerialId('brief response')
  responseId!: string;
}

@ArgsType()
export class ContractArgs {
  @Field(() => ID)
  @Matches(PUBLIC_ID, { message: 'outcomeId must be an outcome id' })
  outcomeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, after the start date' })
  endDate!: string;

  @Field(() => String, { description: 'Pounds and pence, e.g. 12500.00' })
  value!: string;

  @Field(() => String)
  awardingOrganisationName!: string;
}
