import { GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { badInput, notFound } from '../../app/errors.js';
import { ExportedFile, ExportFormat } from '../../shared/exported-file.js';
import { toCsv, toOds } from '../../shared/spreadsheet.js';
import { lotById } from '../frameworks/framework.loaders.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { supplierById } from '../suppliers/supplier.loaders.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { BriefResponse } from './brief-response.entity.js';
import { exportFilename, responsesSheet } from './brief-response.export.js';
import * as responses from './brief-response.service.js';
import { briefResponseStatus, BriefResponseStatus } from './brief-response.status.js';
import { Brief } from './brief.entity.js';
import { ResponseIdArgs } from './brief.inputs.js';
import { briefById, responseCountByBrief } from './brief.loaders.js';
import { eligibility, IneligibleReason } from './eligibility.js';

@ObjectType({ description: 'Whether you (a supplier) can respond to an opportunity, and if not why.' })
class BriefEligibility {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => IneligibleReason, { nullable: true })
  reason!: IneligibleReason | null;
}

const serial = (value: string, what: string) => {
  if (!/^\d{1,9}$/.test(value)) throw badInput(`${what} must be an id`, { [what]: `Enter a ${what}` });
  return Number(value);
};

@Resolver(() => BriefResponse)
export class BriefResponseResolver {
  @Authorized()
  @Query(() => BriefResponse, { description: 'A response: its supplier; the buyers once applications closed; support admins. NOT_FOUND for anyone else.' })
  async briefResponse(@Args(() => ResponseIdArgs) { id }: ResponseIdArgs, @Ctx() ctx: AppContext): Promise<BriefResponse> {
    return responses.getBriefResponse(ctx, Number(id));
  }

  @Authorized([Role.SUPPLIER])
  @Query(() => [BriefResponse], { description: 'Your responses, newest first, optionally only those in some statuses.' })
  async myBriefResponses(
    @Arg('status', () => [BriefResponseStatus], { nullable: true }) status: BriefResponseStatus[] | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<BriefResponse[]> {
    return responses.myBriefResponses(ctx, status ?? undefined);
  }

  @Authorized([Role.BUYER, ...rolesFor(Permission.VIEW_ANY_BRIEF)])
  @Query(() => ExportedFile, { description: 'The submitted responses as a spreadsheet, once applications have closed.' })
  async briefResponsesExport(@Arg('briefId', () => ID) briefId: string, @Arg('format', () => ExportFormat) format: ExportFormat, @Ctx() ctx: AppContext): Promise<ExportedFile> {
    const brief = await ctx.em.findOne(Brief, { id: serial(briefId, 'briefId') });
    const rows = brief ? await responses.responsesForBuyer(ctx, brief) : null;
    if (!brief || !rows) throw notFound(`Responses to brief ${briefId}`);
    const suppliers = await Promise.all(rows.map((r) => ctx.loaders.get(supplierById).load(r.supplier.id)));
    const sheet = responsesSheet(
      brief,
      rows.map((response, i) => ({ response, supplierName: suppliers[i]?.name ?? '' })),
    );
    const filename = `${exportFilename(brief)}.${format}`;
    return format === ExportFormat.CSV
      ? { filename, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(toCsv(sheet)).toString('base64') }
      : { filename, contentType: 'application/vnd.oasis.opendocument.spreadsheet', base64: toOds('Supplier evidence', sheet).toString('base64') };
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => BriefResponse, { description: 'Starts your response to a live opportunity (one per supplier). FORBIDDEN with a reason when you are not eligible.' })
  async createBriefResponse(
    @Arg('briefId', () => ID) briefId: string,
    @Arg('answers', () => GraphQLJSONObject, { nullable: true }) answers: Record<string, unknown> | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<BriefResponse> {
    return responses.createBriefResponse(ctx, serial(briefId, 'briefId'), answers ?? {});
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => BriefResponse, { description: 'Saves answers while the opportunity is live.' })
  async updateBriefResponse(
    @Args(() => ResponseIdArgs) { id }: ResponseIdArgs,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<BriefResponse> {
    return responses.updateBriefResponse(ctx, Number(id), answers);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => BriefResponse, { description: 'Submits a complete response; it can still be changed until applications close.' })
  async submitBriefResponse(@Args(() => ResponseIdArgs) { id }: ResponseIdArgs, @Ctx() ctx: AppContext): Promise<BriefResponse> {
    return responses.submitBriefResponse(ctx, Number(id));
  }

  @FieldResolver(() => BriefResponseStatus)
  status(@Root() response: BriefResponse): BriefResponseStatus {
    return briefResponseStatus(response);
  }

  @FieldResolver(() => Brief)
  async brief(@Root() response: BriefResponse, @Ctx() ctx: AppContext): Promise<Brief> {
    return (await ctx.loaders.get(briefById).load(response.brief.id))!;
  }

  @FieldResolver(() => Supplier)
  async supplier(@Root() response: BriefResponse, @Ctx() ctx: AppContext): Promise<Supplier> {
    return (await ctx.loaders.get(supplierById).load(response.supplier.id))!;
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The contract details once awarded.' })
  awardDetails(@Root() response: BriefResponse): Record<string, unknown> | null {
    return response.awardedAt ? response.awardDetails : null;
  }
}

@Resolver(() => Brief)
export class BriefResponsesFieldResolver {
  @FieldResolver(() => [BriefResponse], { nullable: true, description: 'Submitted responses: for its buyers once applications have closed, and support admins; null otherwise.' })
  async responses(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<BriefResponse[] | null> {
    return responses.responsesForBuyer(ctx, brief);
  }

  @FieldResolver(() => Number, { description: 'How many suppliers submitted a response.' })
  async responseCount(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<number> {
    return ctx.loaders.get(responseCountByBrief).load(brief.id);
  }

  @FieldResolver(() => BriefEligibility, { nullable: true, description: 'For a signed-in supplier: whether you can respond, and why not. Null for everyone else.' })
  async myEligibility(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<BriefEligibility | null> {
    if (ctx.viewer?.role !== Role.SUPPLIER || !ctx.viewer.supplierId || !brief.publishedAt) return null;
    const lot = (await ctx.loaders.get(lotById).load(brief.lot.id))!;
    const result = await eligibility(ctx.em, brief, lot.slug, ctx.viewer.supplierId);
    return result.eligible ? { eligible: true, reason: null } : { eligible: false, reason: result.reason };
  }
}
