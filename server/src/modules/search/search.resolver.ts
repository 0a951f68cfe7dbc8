import { IsOptional, MaxLength } from 'class-validator';
import { Args, ArgsType, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { SEARCH_INDEX_UPDATES, type SearchIndexEvent } from '../../app/pubsub.js';

@ObjectType({ description: 'An update applied to a search index.' })
export class SearchIndexUpdate {
  @Field(() => String, { description: 'e.g. services-g-cloud-13 or briefs-digital-outcomes-and-specialists' })
  index!: string;

  @Field(() => String, { description: 'service or brief' })
  objectType!: string;

  @Field(() => String)
  objectId!: string;

  @Field(() => String, { description: 'upsert or delete' })
  action!: string;

  @Field(() => String, { description: 'Only ever increases for one document.' })
  version!: string;

  @Field(() => Date)
  at!: Date;
}

@ArgsType()
class SearchIndexUpdatesArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  index?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  objectType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  objectId?: string;
}

@Resolver()
export class SearchIndexResolver {
  @Subscription(() => SearchIndexUpdate, {
    topics: SEARCH_INDEX_UPDATES,
    filter: ({ payload, args }: { payload: SearchIndexEvent; args: SearchIndexUpdatesArgs }) =>
      (!args.index || args.index === payload.index) && (!args.objectType || args.objectType === payload.objectType) && (!args.objectId || args.objectId === payload.objectId),
    description: 'Every update applied to the search indices (optionally one index, object type or object), from any worker. Public: only published documents are indexed.',
  })
  searchIndexUpdates(@Root() event: SearchIndexEvent, @Args(() => SearchIndexUpdatesArgs) _args: SearchIndexUpdatesArgs): SearchIndexUpdate {
    return { ...event, at: new Date(event.at) };
  }
}
