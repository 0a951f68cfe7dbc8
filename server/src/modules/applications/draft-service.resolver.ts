import { Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Role } from '../users/role.js';
import { DraftService } from './draft-service.entity.js';
import * as drafts from './draft-service.service.js';

@ArgsType()
class DraftIdArgs {
  @Field(() => ID)
  @Matches(/^\d{1,9}$/, { message: 'id must be a draft service id' })
  id!: string;
}

@ArgsType()
class NewDraftArgs {
  @Field(() => String)
  @MaxLength(100)
  @Matches(/^[\w-]+$/, { message: 'frameworkSlug may contain only letters, digits, hyphens and underscores' })
  frameworkSlug!: string;

  @Field(() => String)
  @MaxLength(100)
  @Matches(/^[\w-]+$/, { message: 'lotSlug may contain only letters, digits, hyphens and underscores' })
  lotSlug!: string;
}

@Resolver(() => DraftService)
export class DraftServiceResolver {
  @Authorized([Role.SUPPLIER])
  @Query(() => [DraftService], { description: 'Your draft services for a framework application.' })
  async draftServices(@Arg('frameworkSlug', () => String) frameworkSlug: string, @Ctx() ctx: AppContext): Promise<DraftService[]> {
    return drafts.listDrafts(ctx, frameworkSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Query(() => DraftService, { description: 'One of your draft services; NOT_FOUND for anyone else\'s.' })
  async draftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.getDraft(ctx, Number(id));
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService)
  async createDraftService(@Args(() => NewDraftArgs) args: NewDraftArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.createDraft(ctx, args.frameworkSlug, args.lotSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService, { description: 'Saves a page of answers; only those questions are checked.' })
  async updateDraftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.updateDraft(ctx, Number(id), answers);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService, { description: 'Marks the draft complete when every question is validly answered.' })
  async submitDraftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.submitDraft(ctx, Number(id));
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => Boolean)
  async deleteDraftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Ctx() ctx: AppContext): Promise<boolean> {
    return drafts.deleteDraft(ctx, Number(id));
  }

  @FieldResolver(() => Lot)
  async lot(@Root() draft: DraftService): Promise<Lot> {
    return draft.lot.loadOrFail();
  }
}
