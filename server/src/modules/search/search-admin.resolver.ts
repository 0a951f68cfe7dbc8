import { Args, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { SearchAliasArgs } from './search.inputs.js';
import { requestIndexRebuild, rollBackIndex, searchIndexStatus } from './search.service.js';

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

@Resolver()
export class SearchAdminResolver {
  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Query(() => [SearchAlias], { description: 'Every search alias with its physical indices and document counts (admin, admin-framework-manager).' })
  searchIndices(@Ctx() ctx: AppContext): Promise<SearchAlias[]> {
    return searchIndexStatus(ctx);
  }

  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Mutation(() => SearchAlias, {
    description:
      'Starts a full rebuild of one alias in the background: a new dated index filled from the database, then swapped in. Progress arrives on searchIndexUpdates (objectType "index").',
  })
  rebuildSearchIndex(@Args(() => SearchAliasArgs) { alias }: SearchAliasArgs, @Ctx() ctx: AppContext): Promise<SearchAlias> {
    return requestIndexRebuild(ctx, alias);
  }

  @Authorized(rolesFor(Permission.MANAGE_SEARCH_INDICES))
  @Mutation(() => SearchAlias, { description: 'Points the alias back at its previous index (kept up to date since the swap). CONFLICT when there is none.' })
  rollbackSearchIndex(@Args(() => SearchAliasArgs) { alias }: SearchAliasArgs, @Ctx() ctx: AppContext): Promise<SearchAlias> {
    return rollBackIndex(ctx, alias);
  }
}
