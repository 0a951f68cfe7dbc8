import { Args, Resolver, Root, Subscription } from 'type-graphql';
import { SEARCH_INDEX_UPDATES, type SearchIndexEvent } from '../../app/pubsub.js';
import { SearchIndexUpdatesArgs } from './search.inputs.js';
import { SearchIndexUpdate } from './search.types.js';

/** Matches an update against the subscriber's arguments (each one given must agree). */
const wanted = (args: SearchIndexUpdatesArgs, payload: SearchIndexEvent): boolean =>
  (!args.index || args.index === payload.index) && (!args.objectType || args.objectType === payload.objectType) && (!args.objectId || args.objectId === payload.objectId);

@Resolver()
export class SearchUpdatesResolver {
  @Subscription(() => SearchIndexUpdate, {
    topics: SEARCH_INDEX_UPDATES,
    filter: ({ payload, args }: { payload: SearchIndexEvent; args: SearchIndexUpdatesArgs }) => wanted(args, payload),
    description: 'Every update applied to the search indices (optionally one index, object type or object), from any worker. Public: only published documents are indexed.',
  })
  searchIndexUpdates(@Root() event: SearchIndexEvent, @Args(() => SearchIndexUpdatesArgs) _args: SearchIndexUpdatesArgs): SearchIndexUpdate {
    return { ...event, at: new Date(event.at) };
  }
}
