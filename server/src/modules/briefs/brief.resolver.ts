import { GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditType } from '../audit/audit.types.js';
import type { AppContext } from '../../app/context.js';
import { ConnectionType } from '../../shared/pagination.js';
import { DisplaySection, displaySections } from '../frameworks/content/display.js';
import { Framework } from '../frameworks/framework.entity.js';
import { frameworkById, lotById } from '../frameworks/framework.loaders.js';
import { Lot } from '../frameworks/lot.entity.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { User } from '../users/user.entity.js';
import { briefDates, requirementsLength } from './brief.dates.js';
import { Brief } from './brief.entity.js';
import { BriefIdArgs, NewBriefArgs, OpportunitiesArgs } from './brief.inputs.js';
import { clarificationQuestionsByBrief, hasAwardedResponse, ownersByBrief } from './brief.loaders.js';
import { canSeeBriefInsides, mightSeeBriefInsides } from './brief.policy.js';
import * as briefs from './brief.service.js';
import { listOpportunities } from './brief.list.js';
import { briefStatus, BriefStatus } from './brief.status.js';
import { BriefClarificationQuestion } from './clarification-question.entity.js';

@ObjectType({ description: "A requirement's dates were it published now (dm-api §3.1)." })
class BriefTimetable {
  @Field(() => Date, { description: 'Now: suppliers may apply and ask questions from today.' })
  publishedAt!: Date;

  @Field(() => Date, { description: 'Suppliers may ask questions until then.' })
  clarificationQuestionsClosedAt!: Date;

  @Field(() => Date, { description: 'The buyer publishes answers by then.' })
  clarificationQuestionsPublishedBy!: Date;

  @Field(() => Date, { description: 'Applications close: 23:59:59 UTC on the closing day.' })
  applicationsClosedAt!: Date;
}

@ObjectType()
class BriefConnection extends ConnectionType(Brief, 'Brief') {}

/** A question a supplier asked privately: its buyers read it here and decide whether to publish it with an answer. */
@ObjectType({ description: 'A question a supplier asked about a requirement, not yet public (which supplier asked is not shown).' })
export class ReceivedClarificationQuestion {
  @Field(() => String)
  question!: string;

  @Field(() => Date)
  askedAt!: Date;
}

@Resolver(() => Brief)
export class BriefResolver {
  @Query(() => Brief, { description: 'A published brief (an opportunity); drafts only for their buyers and support admins. Public.' })
  async brief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.getBrief(ctx, Number(id));
  }

  @Query(() => BriefConnection, { description: 'Published opportunities: live first, then closed and finished, then withdrawn; newest first. Public.' })
  async opportunities(@Args(() => OpportunitiesArgs) args: OpportunitiesArgs, @Ctx() ctx: AppContext): Promise<BriefConnection> {
    return listOpportunities(ctx, args, args.first, args.after);
  }

  @Authorized([Role.BUYER])
  @Query(() => [Brief], { description: 'Your requirements, newest first.' })
  async myBriefs(@Ctx() ctx: AppContext): Promise<Brief[]> {
    return briefs.listMyBriefs(ctx);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'Starts a requirement on a DOS lot of a live framework.' })
  async createBrief(@Args(() => NewBriefArgs) args: NewBriefArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.createBrief(ctx, args.frameworkSlug, args.lotSlug, args.answers ?? {});
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'Saves answers to a draft requirement; only those questions are checked.' })
  async updateBrief(
    @Args(() => BriefIdArgs) { id }: BriefIdArgs,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<Brief> {
    return briefs.updateBrief(ctx, Number(id), answers);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Boolean)
  async deleteBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<boolean> {
    return briefs.deleteBrief(ctx, Number(id));
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'A new draft like this requirement, on the live framework, without its dates.' })
  async copyBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.copyBrief(ctx, Number(id));
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'Lets another buyer work on this requirement.' })
  async addBriefUser(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Arg('email', () => String) email: string, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.addBriefUser(ctx, Number(id), email);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'Publishes a complete draft; BAD_USER_INPUT lists the questions still to answer.' })
  async publishBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.publishBrief(ctx, Number(id));
  }

  @Authorized([Role.BUYER, ...rolesFor(Permission.REOPEN_BRIEFS)])
  @Mutation(() => Brief, { description: 'Withdraws a live opportunity, with the reason (its buyers, or support admins).' })
  async withdrawBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Arg('reason', () => String) reason: string, @Ctx() ctx: AppContext): Promise<Brief> {
    return briefs.withdrawBrief(ctx, Number(id), reason);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => Boolean, { description: 'Asks the buyer a question (privately) while questions are open.' })
  async askClarificationQuestion(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Arg('question', () => String) question: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return briefs.askClarificationQuestion(ctx, Number(id), question);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => BriefClarificationQuestion, { description: 'Publishes a question and its answer on the opportunity for every supplier.' })
  async publishClarificationQuestion(
    @Args(() => BriefIdArgs) { id }: BriefIdArgs,
    @Arg('question', () => String) question: string,
    @Arg('answer', () => String) answer: string,
    @Ctx() ctx: AppContext,
  ): Promise<BriefClarificationQuestion> {
    return briefs.publishClarificationQuestion(ctx, Number(id), question, answer);
  }

  @FieldResolver(() => [DisplaySection], { description: 'The requirements as suppliers read them, in the sections of the display manifest; empty sections left out.' })
  async displaySections(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<DisplaySection[]> {
    const [framework, lot] = await Promise.all([ctx.loaders.get(frameworkById).load(brief.framework.id), ctx.loaders.get(lotById).load(brief.lot.id)]);
    return displaySections(ctx.content, framework!.slug, 'display_brief', lot!.slug, brief.data);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: 'What full validation still finds missing or wrong, by question id (the weightings rule included); empty when it could be published.',
  })
  async missingAnswers(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<Record<string, string>> {
    const [framework, lot] = await Promise.all([ctx.loaders.get(frameworkById).load(brief.framework.id), ctx.loaders.get(lotById).load(brief.lot.id)]);
    return briefs.missingAnswers(ctx, framework!, lot!, brief.data);
  }

  @FieldResolver(() => BriefTimetable, {
    nullable: true,
    description: "A draft's dates were it published now (for its buyers to check before publishing); null once published.",
  })
  timetableIfPublishedNow(@Root() brief: Brief, @Ctx() ctx: AppContext): BriefTimetable | null {
    if (brief.publishedAt) return null;
    const now = ctx.clock.now();
    return { publishedAt: now, ...briefDates(now, requirementsLength(brief.data)) };
  }

  @FieldResolver(() => BriefStatus)
  async status(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<BriefStatus> {
    const { publishedAt, applicationsClosedAt, withdrawnAt, cancelledAt, unsuccessfulAt } = brief;
    return briefStatus(
      { publishedAt, applicationsClosedAt, withdrawnAt, cancelledAt, unsuccessfulAt, hasAwardedResponse: await ctx.loaders.get(hasAwardedResponse).load(brief.id) },
      ctx.clock.now(),
    );
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Suppliers may ask questions until then (working days from publication).' })
  clarificationQuestionsClosedAt(@Root() brief: Brief): Date | null {
    return brief.publishedAt ? briefDates(brief.publishedAt, requirementsLength(brief.data)).clarificationQuestionsClosedAt : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The buyer publishes answers by then.' })
  clarificationQuestionsPublishedBy(@Root() brief: Brief): Date | null {
    return brief.publishedAt ? briefDates(brief.publishedAt, requirementsLength(brief.data)).clarificationQuestionsPublishedBy : null;
  }

  @FieldResolver(() => Boolean)
  clarificationQuestionsAreClosed(@Root() brief: Brief, @Ctx() ctx: AppContext): boolean {
    const closes = this.clarificationQuestionsClosedAt(brief);
    return closes !== null && ctx.clock.now().getTime() > closes.getTime();
  }

  @FieldResolver(() => [BriefClarificationQuestion])
  async clarificationQuestions(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<BriefClarificationQuestion[]> {
    return ctx.loaders.get(clarificationQuestionsByBrief).load(brief.id);
  }

  @FieldResolver(() => Framework)
  async framework(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<Framework> {
    return (await ctx.loaders.get(frameworkById).load(brief.framework.id))!;
  }

  @FieldResolver(() => Lot)
  async lot(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<Lot> {
    return (await ctx.loaders.get(lotById).load(brief.lot.id))!;
  }

  @FieldResolver(() => [ReceivedClarificationQuestion], {
    nullable: true,
    description: 'The questions suppliers asked (privately), oldest first; null unless you are one of its buyers or a support admin.',
  })
  async receivedClarificationQuestions(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<ReceivedClarificationQuestion[] | null> {
    if (!(await this.users(brief, ctx))) return null;
    const asked = await ctx.em.find(
      AuditEvent,
      { type: AuditType.SEND_CLARIFICATION_QUESTION, objectType: 'Brief', objectId: String(brief.id) },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return asked.map((e) => ({ question: String(e.data.question ?? ''), askedAt: e.createdAt }));
  }

  @FieldResolver(() => [User], { nullable: true, description: 'The buyers who own it; null unless you are one of them or a support admin.' })
  async users(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<User[] | null> {
    if (!mightSeeBriefInsides(ctx.viewer)) return null;
    const owners = await ctx.loaders.get(ownersByBrief).load(brief.id);
    return canSeeBriefInsides(
      ctx.viewer,
      owners.some((o) => o.id === ctx.viewer?.id),
    )
      ? owners
      : null;
  }
}
