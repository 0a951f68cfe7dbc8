import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Framework } from './framework.entity.js';
import { FrameworkArgs, FrameworksArgs, UpdateFrameworkInput } from './framework.inputs.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { lotsByFramework } from './framework.loaders.js';
import { getFrameworkBySlug, listFrameworks, updateFramework } from './framework.service.js';
import { Lot } from './lot.entity.js';

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => [Framework], { description: 'Frameworks, live ones first. Public.' })
  async frameworks(@Args(() => FrameworksArgs) args: FrameworksArgs, @Ctx() ctx: AppContext): Promise<Framework[]> {
    return listFrameworks(ctx, args);
  }

  @Query(() => Framework, { description: 'One framework by slug; NOT_FOUND when there is none. Public.' })
  async framework(@Args(() => FrameworkArgs) { slug }: FrameworkArgs, @Ctx() ctx: AppContext): Promise<Framework> {
    return getFrameworkBySlug(ctx, slug);
  }

  @Authorized(rolesFor(Permission.UPDATE_FRAMEWORK))
  @Mutation(() => Framework, { description: "Changes a framework's status, dates or flags (admin-framework-manager)." })
  async updateFramework(
    @Args(() => FrameworkArgs) { slug }: FrameworkArgs,
    @Arg('input', () => UpdateFrameworkInput) input: UpdateFrameworkInput,
    @Ctx() ctx: AppContext,
  ): Promise<Framework> {
    return updateFramework(ctx, slug, input);
  }

  @FieldResolver(() => [Lot], { description: 'The lots of this framework in display order.' })
  async lots(@Root() framework: Framework, @Ctx() ctx: AppContext): Promise<Lot[]> {
    return ctx.loaders.get(lotsByFramework).load(framework.id);
  }
}
