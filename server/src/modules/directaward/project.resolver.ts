import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ExportedFile, ExportFormat } from '../../shared/exported-file.js';
import { Outcome, OutcomeResult } from '../outcomes/outcome.entity.js';
import type { ServiceSearchQuery } from '../../app/search-port.js';
import { ArchivedService } from '../services/archived-service.entity.js';
import { SERVICE_ID_PATTERN } from '../services/service-id.js';
import { Role } from '../../shared/role.js';
import { DirectAwardProject, DirectAwardSearch, DirectAwardSearchResultEntry } from './project.entity.js';
import * as projects from './project.service.js';

const PUBLIC_ID = /^\d{15}$/;

export enum DirectAwardStage {
  SEARCHING = 'searching',
  SEARCH_ENDED = 'search-ended',
  DOWNLOADED = 'downloaded',
  ASSESSING = 'assessing',
  OUTCOME_RECORDED = 'outcome-recorded',
}
registerEnumType(DirectAwardStage, { name: 'DirectAwardStage', description: 'saved → ended (results frozen) → downloaded → assessing → outcome.' });

export enum NoAwardResult {
  CANCELLED = 'cancelled',
  NONE_SUITABLE = 'none-suitable',
}
registerEnumType(NoAwardResult, { name: 'NoAwardResult' });

@InputType({ description: 'A G-Cloud catalogue search: keywords, one lot, and filters (question id → accepted values).' })
class ServiceSearchInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  q?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  lot?: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'e.g. { "serviceCategories": ["Accounting and finance"] }' })
  @IsOptional()
  filters?: Record<string, string[]>;
}

@ObjectType({ description: 'One frozen result: the version of the service the search found when it ended.' })
class DirectAwardResult {
  @Field(() => String)
  serviceId!: string;

  @Field(() => ArchivedService)
  service!: ArchivedService;

  @Field(() => String)
  supplierName!: string;

  @Field(() => String, { description: 'The price as buyers read it, e.g. "£10 to £20 a user a month".' })
  price!: string;
}

@ArgsType()
class ProjectIdArgs {
  @Field(() => ID)
  @Matches(PUBLIC_ID, { message: 'id must be a project id' })
  id!: string;
}

@ArgsType()
class ContractArgs {
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

@Resolver(() => DirectAwardProject)
export class DirectAwardProjectResolver {
  @Authorized([Role.BUYER])
  @Query(() => [DirectAwardProject], { description: 'Your saved searches (direct award projects), newest first.' })
  async myDirectAwardProjects(@Ctx() ctx: AppContext): Promise<DirectAwardProject[]> {
    return projects.listMyProjects(ctx);
  }

  @Authorized([Role.BUYER])
  @Query(() => DirectAwardProject, { description: 'One of your projects; NOT_FOUND for anyone else’s.' })
  async directAwardProject(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.getProject(ctx, id);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: 'Saves a search as a new named project.' })
  async createDirectAwardProject(@Arg('name', () => String) name: string, @Arg('search', () => ServiceSearchInput) search: ServiceSearchInput, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.createProject(ctx, name, search as ServiceSearchQuery);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardSearch, { description: 'Saves a search into a project that is still searching; earlier searches become inactive.' })
  async saveDirectAwardSearch(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Arg('search', () => ServiceSearchInput) search: ServiceSearchInput, @Ctx() ctx: AppContext): Promise<DirectAwardSearch> {
    return projects.saveSearch(ctx, id, search as ServiceSearchQuery);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: `Ends the search: re-runs it and freezes its results (${projects.MAX_RESULTS_TO_END_SEARCH} at most).` })
  async endDirectAwardSearch(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.endSearch(ctx, id);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => ExportedFile, { description: 'Downloads the frozen results and records the download.' })
  async downloadDirectAwardResults(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Arg('format', () => ExportFormat) format: ExportFormat, @Ctx() ctx: AppContext): Promise<ExportedFile> {
    return projects.downloadResults(ctx, id, format);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: 'Confirms you have read how to assess services.' })
  async confirmReadyToAssess(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.updateAssessment(ctx, id, 'readyToAssess');
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: 'Says you are still assessing services (no outcome yet).' })
  async markStillAssessing(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.updateAssessment(ctx, id, 'stillAssessing');
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Chooses the service that won, from the frozen results; complete it with the contract details.' })
  async chooseDirectAwardService(
    @Args(() => ProjectIdArgs) { id }: ProjectIdArgs,
    @Arg('serviceId', () => ID) serviceId: string,
    @Ctx() ctx: AppContext,
  ): Promise<Outcome> {
    if (!SERVICE_ID_PATTERN.test(serviceId)) throw projects.notAServiceId();
    return projects.chooseService(ctx, id, serviceId);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Records the contract: dates, value and the organisation buying.' })
  async completeDirectAwardOutcome(@Args(() => ContractArgs) args: ContractArgs, @Ctx() ctx: AppContext): Promise<Outcome> {
    return projects.completeAward(ctx, args.outcomeId, args);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => Outcome, { description: 'Records that no contract was awarded: the work was cancelled or nothing was suitable.' })
  async recordDirectAwardWithoutContract(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Arg('result', () => NoAwardResult) result: NoAwardResult, @Ctx() ctx: AppContext): Promise<Outcome> {
    return projects.recordNoAward(ctx, id, result === NoAwardResult.CANCELLED ? OutcomeResult.CANCELLED : OutcomeResult.NONE_SUITABLE);
  }

  @FieldResolver(() => DirectAwardSearch, { nullable: true })
  async activeSearch(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardSearch | null> {
    return projects.activeSearchOf(ctx.em, project.id);
  }

  @FieldResolver(() => [DirectAwardResult], { description: 'The frozen results, once the search has ended.' })
  async results(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardResult[]> {
    return (await projects.frozenResults(ctx.em, project)).map((r) => ({ serviceId: r.archived.serviceId, service: r.archived, supplierName: r.supplier.name, price: projects.formatPrice(r.archived.data) }));
  }

  @FieldResolver(() => Outcome, { nullable: true, description: 'The completed outcome.' })
  async outcome(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<Outcome | null> {
    return projects.completedOutcomeOf(ctx.em, project.id);
  }

  @FieldResolver(() => DirectAwardStage)
  async stage(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardStage> {
    if (await projects.completedOutcomeOf(ctx.em, project.id)) return DirectAwardStage.OUTCOME_RECORDED;
    if (project.readyToAssessAt) return DirectAwardStage.ASSESSING;
    if (project.downloadedAt) return DirectAwardStage.DOWNLOADED;
    if (project.lockedAt) return DirectAwardStage.SEARCH_ENDED;
    return DirectAwardStage.SEARCHING;
  }

  @FieldResolver(() => String, { nullable: true, description: 'A sentence describing the active search and how many services it finds now (or found when it ended).' })
  async searchSummary(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<string | null> {
    const search = await projects.activeSearchOf(ctx.em, project.id);
    if (!search) return null;
    const total = project.lockedAt ? await ctx.em.count(DirectAwardSearchResultEntry, { search: search.id }) : (await ctx.search.findServices(ctx.em, search.query as ServiceSearchQuery, 1)).total;
    return projects.searchSummary(ctx.em, search.query as ServiceSearchQuery, total);
  }
}

@Resolver(() => Outcome)
export class OutcomeDirectAwardResolver {
  @FieldResolver(() => ArchivedService, { nullable: true, description: 'The version of the service awarded (direct award).' })
  async awardedService(@Root() outcome: Outcome, @Ctx() ctx: AppContext): Promise<ArchivedService | null> {
    return outcome.directAwardArchivedService ? ctx.em.findOne(ArchivedService, { id: outcome.directAwardArchivedService.id }) : null;
  }

  @FieldResolver(() => Boolean)
  completed(@Root() outcome: Outcome): boolean {
    return Boolean(outcome.completedAt);
  }
}
