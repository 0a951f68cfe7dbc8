import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { indexStatus, knownAliases, rollbackIndex, type AliasStatus } from './search.indices.js';
import { rebuildIndexJob } from './search.sync.js';

@ObjectType({ description: 'A dated physical index behind a search alias.' })
class PhysicalSearchIndex {
  @Field(() => String)
  physicalName!: string;

  @Field(() => String, { description: 'active (searched), building (a rebuild is filling it), previous (kept for a rollback) or failed' })
  state!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  activatedAt!: Date | null;

  @Field(() => Int, { description: 'Searchable documents (for a building index: written so far).' })
  documents!: number;

  @Field(() => Int, { nullable: true, description: 'Documents a rebuild expects to write.' })
  total!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}

@ObjectType({ description: 'A search alias (what searches read) and its physical indices, newest first.' })
class SearchAlias {
  @Field(() => String)
  alias!: string;

  @Field(() => [PhysicalSearchIndex])
  indices!: PhysicalSearchIndex[];
}

@ArgsType()
class SearchAliasArgs {
  @Field(() => String, { description: 'e.g. services-g-cloud-13 or briefs-digital-outcomes-and-specialists' })
  @MaxLength(100)
  alias!: string;
}

const aliasStatus = async (ctx: AppContext, alias: string): Promise<AliasStatus> => (await indexStatus(ctx.em, ctx.search)).find((a) => a.alias === alias)!;

@Resolver()
export class SearchAdminResolver {
  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Query(() => [SearchAlias], { description: 'Every search alias with its physical indices and document counts (admin, admin-framework-manager).' })
  async searchIndices(@Ctx() ctx: AppContext): Promise<SearchAlias[]> {
    return indexStatus(ctx.em, ctx.search);
  }

  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Mutation(() => SearchAlias, {
    description: 'Starts a full rebuild of one alias in the background: a new dated index filled from the database, then swapped in. Progress arrives on searchIndexUpdates (objectType "index").',
  })
  async rebuildSearchIndex(@Args(() => SearchAliasArgs) { alias }: SearchAliasArgs, @Ctx() ctx: AppContext): Promise<SearchAlias> {
    const viewer = requireViewer(ctx);
    if (!(await knownAliases(ctx.em)).includes(alias)) throw notFound(`Search index '${alias}'`);
    await ctx.em.transactional(async (tx) => {
      await ctx.jobs.enqueue(tx, rebuildIndexJob, { alias }, { singletonKey: `rebuild:${alias}` });
      recordAudit(tx, ctx.clock.now(), { type: AuditType.REBUILD_SEARCH_INDEX, actor: viewer, objectType: 'SearchIndex', objectId: alias, data: { alias } });
    });
    return aliasStatus(ctx, alias);
  }

  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Mutation(() => SearchAlias, { description: 'Points the alias back at its previous index (kept up to date since the swap). CONFLICT when there is none.' })
  async rollbackSearchIndex(@Args(() => SearchAliasArgs) { alias }: SearchAliasArgs, @Ctx() ctx: AppContext): Promise<SearchAlias> {
    const viewer = requireViewer(ctx);
    if (!(await knownAliases(ctx.em)).includes(alias)) throw notFound(`Search index '${alias}'`);
    const physical = await rollbackIndex(ctx.em, ctx.search, ctx.clock, alias);
    await ctx.em.transactional(async (tx) => {
      recordAudit(tx, ctx.clock.now(), { type: AuditType.ROLLBACK_SEARCH_INDEX, actor: viewer, objectType: 'SearchIndex', objectId: alias, data: { alias, physicalName: physical } });
    });
    return aliasStatus(ctx, alias);
  }
}
