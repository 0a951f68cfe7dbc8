import { GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ConnectionType } from '../../shared/pagination.js';
import { Framework } from '../frameworks/framework.entity.js';
import { frameworkById, lotById } from '../frameworks/framework.loaders.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { supplierById } from '../suppliers/supplier.loaders.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { DraftService } from './draft-service.entity.js';
import { DraftIdArgs, FrameworkDraftsArgs, NewDraftArgs } from './draft-service.inputs.js';
import * as drafts from './draft-service.service.js';

@ObjectType()
class DraftServiceConnection extends ConnectionType(DraftService, 'DraftService') {}

@Resolver(() => DraftService)
export class DraftServiceResolver {
  @Authorized([Role.SUPPLIER])
  @Query(() => [DraftService], { description: 'Your draft services for a framework application.' })
  async draftServices(@Arg('frameworkSlug', () => String) frameworkSlug: string, @Ctx() ctx: AppContext): Promise<DraftService[]> {
    return drafts.listDrafts(ctx, frameworkSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Query(() => DraftService, { description: "One of your draft services; NOT_FOUND for anyone else's." })
  async draftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.getDraft(ctx, Number(id));
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService)
  async createDraftService(@Args(() => NewDraftArgs) args: NewDraftArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.createDraft(ctx, args.frameworkSlug, args.lotSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService, { description: 'Saves a page of answers; only those questions are checked, and null clears an answer.' })
  async updateDraftService(
    @Args(() => DraftIdArgs) { id }: DraftIdArgs,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<DraftService> {
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

  @Authorized(rolesFor(Permission.VIEW_DRAFT_SERVICES))
  @Query(() => DraftServiceConnection, { description: 'Draft services of every supplier on a framework, newest first (admins who run applications).' })
  async frameworkDraftServices(@Args(() => FrameworkDraftsArgs) args: FrameworkDraftsArgs, @Ctx() ctx: AppContext): Promise<DraftServiceConnection> {
    return drafts.listFrameworkDrafts(ctx, { ...args, supplierId: args.supplierId === undefined ? undefined : Number(args.supplierId) }, args.first, args.after);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => DraftService, { description: '"Add another like this": a copy of a draft without its name-specific answers and documents.' })
  async copyDraftService(@Args(() => DraftIdArgs) { id }: DraftIdArgs, @Ctx() ctx: AppContext): Promise<DraftService> {
    return drafts.copyDraft(ctx, Number(id));
  }

  @FieldResolver(() => Lot)
  async lot(@Root() draft: DraftService, @Ctx() ctx: AppContext): Promise<Lot> {
    return (await ctx.loaders.get(lotById).load(draft.lot.id))!;
  }

  @FieldResolver(() => Framework)
  async framework(@Root() draft: DraftService, @Ctx() ctx: AppContext): Promise<Framework> {
    return (await ctx.loaders.get(frameworkById).load(draft.framework.id))!;
  }

  @FieldResolver(() => Supplier)
  async supplier(@Root() draft: DraftService, @Ctx() ctx: AppContext): Promise<Supplier> {
    return (await ctx.loaders.get(supplierById).load(draft.supplier.id))!;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'What full validation still finds wrong or missing, by question id; empty when the draft is complete.' })
  async missingAnswers(@Root() draft: DraftService, @Ctx() ctx: AppContext): Promise<Record<string, string>> {
    const [framework, lot] = await Promise.all([ctx.loaders.get(frameworkById).load(draft.framework.id), ctx.loaders.get(lotById).load(draft.lot.id)]);
    if (!ctx.schemas.has('services', framework!.slug, lot!.slug)) return {};
    return ctx.schemas.validate('services', framework!.slug, lot!.slug, draft.data);
  }
}
