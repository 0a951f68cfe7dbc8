import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { badInput } from '../../app/errors.js';

@ArgsType()
export class SignArgs {
  @Field(() => String) @MaxLength(100) frameworkSlug!: string;
  @Field(() => String) @MaxLength(300) signerName!: string;
  @Field(() => String) @MaxLength(300) signerRole!: string;
  @Field(() => Boolean, { description: 'The signer accepts the terms of the agreement: signing is refused without it.' }) acceptTerms!: boolean;
}

/** An agreement id given as a plain ID argument. */
export function agreementIdArg(id: string): number {
  if (!/^\d{1,9}$/.test(id)) throw badInput('id must be an agreement id', { id: 'Enter an agreement id' });
  return Number(id);
}
