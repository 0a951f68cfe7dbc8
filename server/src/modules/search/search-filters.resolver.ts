import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { SearchFiltersArgs } from './search.inputs.js';
import { searchFilterSet } from './search.service.js';
import { SearchFilterSet } from './search.types.js';

@Resolver()
export class SearchFiltersResolver {
  @Query(() => SearchFilterSet, { description: 'The lots and filter groups a search page offers (for building forms and cleaning links). Public.' })
  searchFilters(@Args(() => SearchFiltersArgs) args: SearchFiltersArgs, @Ctx() ctx: AppContext): Promise<SearchFilterSet> {
    return searchFilterSet(ctx, args.kind === 'services' ? 'services' : 'briefs', args.lot);
  }
}
