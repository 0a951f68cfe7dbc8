import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { MailingListSubscription } from './mailing-list-subscription.entity.js';
import * as mailingList from './mailing-list.service.js';

@Resolver(() => MailingListSubscription)
export class MailingListResolver {
  @Mutation(() => MailingListSubscription, {
    description: 'Signs an address up for Digital Marketplace email alerts and emails it a confirmation; an address already signed up is refused. Public.',
  })
  async joinMailingList(@Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<MailingListSubscription> {
    return mailingList.joinMailingList(ctx, email);
  }
}
