import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { badInput } from '../../app/errors.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { BriefResponse } from '../briefs/brief-response.entity.js';
import { Brief } from '../briefs/brief.entity.js';
import { BriefIdArgs } from '../briefs/brief.inputs.js';
import { DirectAwardProject } from '../directaward/project.entity.js';
import { ProjectIdArgs } from '../directaward/project.inputs.js';
import { directAwardStage, DirectAwardStage } from '../directaward/project.status.js';
import { ArchivedService } from '../services/archived-service.entity.js';
import { SERVICE_ID_PATTERN } from '../services/service-id.js';
import { OrganisationSize } from '../suppliers/supplier.entity.js';
import { supplierById } from '../suppliers/supplier.loaders.js';
import { Outcome, OutcomeResult } from './outcome.entity.js';
import { AwardArgs, ContractArgs, NoAwardResult } from './outcome.inputs.js';
import { outcomeByBrief, outcomeByProject } from './outcome.loaders.js';
import * as outcomes from './outcome.service.js';

/** The end of a brief: cancelled or unsuccessful (with its outcome), and the outcome it shows. */
@Resolver(() => Brief)
export class BriefOutcomeResolver {
  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'The requirement was cancelled after applications closed.' })
  async cancelBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return outcomes.cancelBrief(ctx, Number(id));
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Brief, { description: 'No suitable supplier was found after applications closed.' })
  async markBriefUnsuccessful(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return outcomes.markBriefUnsuccessful(ctx, Number(id));
  }

  @Authorized(rolesFor(Permission.REOPEN_BRIEFS))
  @Mutation(() => Brief, { description: 'Admins: an unsuccessful brief becomes closed again.' })
  async reopenUnsuccessfulBrief(@Args(() => BriefIdArgs) { id }: BriefIdArgs, @Ctx() ctx: AppContext): Promise<Brief> {
    return outcomes.reopenUnsuccessfulBrief(ctx, Number(id));
  }

  @FieldResolver(() => Outcome, { nullable: true, description: 'How the procurement ended, once recorded.' })
  async outcome(@Root() brief: Brief, @Ctx() ctx: AppContext): Promise<Outcome | undefined> {
    return ctx.loaders.get(outcomeByBrief).load(brief.id);
  }
}

/** Awarding a brief to a response, in two steps, and undoing it. */
@Resolver(() => BriefResponse)
export class BriefAwardResolver {
  @Authorized([Role.BUYER])
  @Mutation(() => BriefResponse, { description: 'Chooses the winning response of a closed brief (pending until the contract details are given).' })
  async chooseWinningResponse(@Args(() => AwardArgs) args: AwardArgs, @Ctx() ctx: AppContext): Promise<BriefResponse> {
    return outcomes.chooseWinningResponse(ctx, Number(args.briefId), Number(args.responseId));
  }

  @Authorized([Role.BUYER])
  @Mutation(() => BriefResponse, { description: 'Gives the contract details; the brief becomes awarded and the suppliers are told.' })
  async awardContract(
    @Args(() => AwardArgs) args: AwardArgs,
    @Arg('startDate', () => String, { description: 'YYYY-MM-DD' }) startDate: string,
    @Arg('value', () => String, { description: 'Pounds and pence, e.g. 125000.00' }) value: string,
    @Ctx() ctx: AppContext,
  ): Promise<BriefResponse> {
    return outcomes.awardContract(ctx, Number(args.briefId), Number(args.responseId), { awardedContractStartDate: startDate, awardedContractValue: value });
  }

  @Authorized(rolesFor(Permission.REOPEN_BRIEFS))
  @Mutation(() => BriefResponse, { description: 'Admins: undo an award (the response is pending again).' })
  async unawardContract(@Args(() => AwardArgs) args: AwardArgs, @Ctx() ctx: AppContext): Promise<BriefResponse> {
    return outcomes.unawardContract(ctx, Number(args.briefId), Number(args.responseId));
  }
}

/** A direct award project from assessing to its outcome, and the stage it shows. */
@Resolver(() => DirectAwardProject)
export class DirectAwardOutcomeResolver {
  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: 'Confirms you have read how to assess services.' })
  async confirmReadyToAssess(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return outcomes.updateAssessment(ctx, id, 'readyToAssess');
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: 'Says you are still assessing services (no outcome yet).' })
  async markStillAssessing(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return outcomes.updateAssessment(ctx, id, 'stillAssessing');
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Chooses the service that won, from the frozen results; complete it with the contract details.' })
  async chooseDirectAwardService(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Arg('serviceId', () => ID) serviceId: string, @Ctx() ctx: AppContext): Promise<Outcome> {
    if (!SERVICE_ID_PATTERN.test(serviceId)) throw badInput('serviceId must be a service id', { serviceId: 'Choose one of the services' });
    return outcomes.chooseService(ctx, id, serviceId);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Records the contract: dates, value and the organisation buying.' })
  async completeDirectAwardOutcome(@Args(() => ContractArgs) args: ContractArgs, @Ctx() ctx: AppContext): Promise<Outcome> {
    return outcomes.completeAward(ctx, args.outcomeId, args);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Records that no contract was awarded: the work was cancelled or nothing was suitable.' })
  async recordDirectAwardWithoutContract(
    @Args(() => ProjectIdArgs) { id }: ProjectIdArgs,
    @Arg('result', () => NoAwardResult) result: NoAwardResult,
    @Ctx() ctx: AppContext,
  ): Promise<Outcome> {
    return outcomes.recordNoAward(ctx, id, result === NoAwardResult.CANCELLED ? OutcomeResult.CANCELLED : OutcomeResult.NONE_SUITABLE);
  }

  @FieldResolver(() => Outcome, { nullable: true, description: 'The completed outcome.' })
  async outcome(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<Outcome | null> {
    return (await ctx.loaders.get(outcomeByProject).load(project.id)) ?? null;
  }

  @FieldResolver(() => DirectAwardStage)
  async stage(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardStage> {
    return directAwardStage(project, Boolean(await ctx.loaders.get(outcomeByProject).load(project.id)));
  }
}

/** Who won a requirement, as the public opportunity page says it (the response itself stays private). */
@ObjectType({ description: 'The supplier awarded a requirement: its trading name and size, as published.' })
export class AwardedSupplier {
  @Field(() => String)
  name!: string;

  @Field(() => OrganisationSize, { nullable: true })
  organisationSize!: OrganisationSize | null;
}

@Resolver(() => Outcome)
export class OutcomeResolver {
  @FieldResolver(() => AwardedSupplier, { nullable: true, description: 'The supplier whose response won (a requirement awarded). Public, like the outcome.' })
  async awardedSupplier(@Root() outcome: Outcome, @Ctx() ctx: AppContext): Promise<AwardedSupplier | null> {
    if (outcome.result !== OutcomeResult.AWARDED || !outcome.briefResponse) return null;
    const response = await ctx.em.findOne(BriefResponse, { id: outcome.briefResponse.id }, { fields: ['supplier'] });
    const supplier = response ? await ctx.loaders.get(supplierById).load(response.supplier.id) : undefined;
    return supplier ? { name: supplier.name, organisationSize: supplier.organisationSize ?? null } : null;
  }

  @FieldResolver(() => ArchivedService, { nullable: true, description: 'The version of the service awarded (direct award).' })
  async awardedService(@Root() outcome: Outcome, @Ctx() ctx: AppContext): Promise<ArchivedService | null> {
    return outcome.directAwardArchivedService ? ctx.em.findOne(ArchivedService, { id: outcome.directAwardArchivedService.id }) : null;
  }

  @FieldResolver(() => Boolean)
  completed(@Root() outcome: Outcome): boolean {
    return Boolean(outcome.completedAt);
  }
}
