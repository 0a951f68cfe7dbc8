import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ExportedFile, ExportFormat } from '../../shared/exported-file.js';
import type { ServiceSearchQuery } from '../../app/search-port.js';
import { ArchivedService } from '../services/archived-service.entity.js';
import { Role } from '../../shared/role.js';
import { DirectAwardProject, DirectAwardSearch, DirectAwardSearchResultEntry } from './project.entity.js';
import { ProjectIdArgs, ServiceSearchInput } from './project.inputs.js';
import * as projects from './project.service.js';

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
  async createDirectAwardProject(
    @Arg('name', () => String) name: string,
    @Arg('search', () => ServiceSearchInput) search: ServiceSearchInput,
    @Ctx() ctx: AppContext,
  ): Promise<DirectAwardProject> {
    return projects.createProject(ctx, name, search as ServiceSearchQuery);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardSearch, { description: 'Saves a search into a project that is still searching; earlier searches become inactive.' })
  async saveDirectAwardSearch(
    @Args(() => ProjectIdArgs) { id }: ProjectIdArgs,
    @Arg('search', () => ServiceSearchInput) search: ServiceSearchInput,
    @Ctx() ctx: AppContext,
  ): Promise<DirectAwardSearch> {
    return projects.saveSearch(ctx, id, search as ServiceSearchQuery);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => DirectAwardProject, { description: `Ends the search: re-runs it and freezes its results (${projects.MAX_RESULTS_TO_END_SEARCH} at most).` })
  async endDirectAwardSearch(@Args(() => ProjectIdArgs) { id }: ProjectIdArgs, @Ctx() ctx: AppContext): Promise<DirectAwardProject> {
    return projects.endSearch(ctx, id);
  }

  @Authorized([Role.BUYER])
  @Mutation(() => ExportedFile, { description: 'Downloads the frozen results and records the download.' })
  async downloadDirectAwardResults(
    @Args(() => ProjectIdArgs) { id }: ProjectIdArgs,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: AppContext,
  ): Promise<ExportedFile> {
    return projects.downloadResults(ctx, id, format);
  }

  @FieldResolver(() => DirectAwardSearch, { nullable: true })
  async activeSearch(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardSearch | null> {
    return projects.activeSearchOf(ctx.em, project.id);
  }

  @FieldResolver(() => [DirectAwardResult], { description: 'The frozen results, once the search has ended.' })
  async results(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<DirectAwardResult[]> {
    return (await projects.frozenResults(ctx.em, project)).map((r) => ({
      serviceId: r.archived.serviceId,
      service: r.archived,
      supplierName: r.supplier.name,
      price: projects.formatPrice(r.archived.data),
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'A sentence describing the active search and how many services it finds now (or found when it ended).' })
  async searchSummary(@Root() project: DirectAwardProject, @Ctx() ctx: AppContext): Promise<string | null> {
    const search = await projects.activeSearchOf(ctx.em, project.id);
    if (!search) return null;
    const total = project.lockedAt
      ? await ctx.em.count(DirectAwardSearchResultEntry, { search: search.id })
      : (await ctx.search.findServices(ctx.em, search.query as ServiceSearchQuery, 1)).total;
    return projects.searchSummary(ctx.em, ctx.content, search.query as ServiceSearchQuery, total);
  }
}
