import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { EmailMessage } from '../notifications/email-message.entity.js';
import { EmailOutboxArgs } from './email-outbox.inputs.js';
import { emailOutbox, resendEmail } from './email-outbox.service.js';
import { EmailOutboxPage } from './email-outbox.types.js';

@Resolver()
export class EmailOutboxResolver {
  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Query(() => EmailOutboxPage, { description: 'The emails the service has queued, newest first, with their delivery state (never their bodies).' })
  emailOutbox(@Args(() => EmailOutboxArgs) { status, page }: EmailOutboxArgs, @Ctx() ctx: AppContext): Promise<EmailOutboxPage> {
    return emailOutbox(ctx, status, page);
  }

  @Authorized(rolesFor(Permission.MANAGE_BACKGROUND_JOBS))
  @Mutation(() => EmailMessage, { description: 'Queues a failed email again (audited). CONFLICT unless it failed.' })
  resendEmail(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<EmailMessage> {
    if (!/^[1-9]\d{0,9}$/.test(id)) throw badInput('Give the id of an email', { id: 'Give the id of an email' });
    return resendEmail(ctx, Number(id));
  }
}
