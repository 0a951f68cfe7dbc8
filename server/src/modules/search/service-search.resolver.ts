import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { ServiceSearchResults } from './search-results.types.js';
import { ServiceSearchArgs } from './search.inputs.js';
import { searchServices } from './search.service.js';

@Resolver()
export class ServiceSearchResolver {
  @Query(() => ServiceSearchResults, {
    description:
      'G-Cloud services: one page of 30, the total, counts per lot and per category, the filter groups and the summary sentence, in one request. A page past the end is empty (with the true total). Public.',
  })
  serviceSearch(@Args(() => ServiceSearchArgs) args: ServiceSearchArgs, @Ctx() ctx: AppContext): Promise<ServiceSearchResults> {
    return searchServices(ctx, { q: args.q, lot: args.lot, filters: args.filters, page: args.page });
  }
}
