import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Role } from '../../shared/role.js';
import { DraftService } from '../applications/draft-service.entity.js';
import { NewDraftArgs } from '../applications/draft-service.inputs.js';
import * as copies from './draft-copy.service.js';
import { CopyServiceArgs } from './service.inputs.js';
import { Service } from './service.entity.js';

/** Copying the previous iteration's live services into an application's drafts. */
@Resolver()
export class DraftCopyResolver {
  @Authorized([Role.SUPPLIER])
  @Query(() => [Service], {
    description:
      'Your live services on the previous iteration that can still be copied into this application, leaving out those already copied (G-Cloud: all answers but the price).',
  })
  async servicesToCopy(@Args(() => NewDraftArgs) args: NewDraftArgs, @Ctx() ctx: AppContext): Promise<Service[]> {
    return copies.servicesToCopy(ctx, args.frameworkSlug, args.lotSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService, { description: 'Starts a draft from one of your services on the previous iteration.' })
  async copyServiceToDraft(@Args(() => CopyServiceArgs) args: CopyServiceArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return copies.copyServiceToDraft(ctx, args.frameworkSlug, args.serviceId);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => [DraftService], { description: 'Copies all your live, not yet copied services of one lot of the previous iteration.' })
  async copyAllServicesToDrafts(@Args(() => NewDraftArgs) args: NewDraftArgs, @Ctx() ctx: AppContext): Promise<DraftService[]> {
    return copies.copyAllServicesToDrafts(ctx, args.frameworkSlug, args.lotSlug);
  }
}
