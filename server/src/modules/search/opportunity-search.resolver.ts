import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { OpportunitySearchResults } from './search-results.types.js';
import { OpportunitySearchArgs } from './search.inputs.js';
import { searchOpportunities } from './search.service.js';

@Resolver()
export class OpportunitySearchResolver {
  @Query(() => OpportunitySearchResults, {
    description: 'DOS opportunities from the search index: live first, newest first, with lot counts, filter groups and the summary. Public.',
  })
  opportunitySearch(@Args(() => OpportunitySearchArgs) args: OpportunitySearchArgs, @Ctx() ctx: AppContext): Promise<OpportunitySearchResults> {
    return searchOpportunities(ctx, { q: args.q, lots: args.lots, statuses: args.statuses, filters: args.filters, page: args.page });
  }
}
