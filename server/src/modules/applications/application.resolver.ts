import { GraphQLJSONObject } from '../../shared/json.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { Framework } from '../frameworks/framework.entity.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { Role } from '../../shared/role.js';
import { ApplicationArgs, FrameworkSlugArgs, supplierIdArg } from './application.inputs.js';
import { APPLICATION_READERS } from './application.policy.js';
import * as applications from './application.service.js';
import { chooseDeclarationReuse, prefilledAnswers, reusableDeclarations } from './declaration-reuse.js';
import { recordResult, statusOf } from './application-result.js';
import { ApplicationStatus } from './application.status.js';
import { SupplierFramework } from './supplier-framework.entity.js';

@Resolver(() => SupplierFramework)
export class ApplicationResolver {
  @Authorized([...APPLICATION_READERS])
  @Query(() => SupplierFramework, { description: "An application to a framework; NOT_FOUND for anyone else's." })
  async frameworkApplication(@Args(() => ApplicationArgs) args: ApplicationArgs, @Ctx() ctx: AppContext): Promise<SupplierFramework> {
    return applications.getApplication(ctx, args.frameworkSlug, args.supplierId ? Number(args.supplierId) : undefined);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => SupplierFramework, { description: 'Starts (or returns) your application to an open framework.' })
  async registerFrameworkInterest(@Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs, @Ctx() ctx: AppContext): Promise<SupplierFramework> {
    return applications.registerInterest(ctx, frameworkSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => SupplierFramework, { description: 'Saves declaration answers (a page at a time); only the given questions are checked.' })
  async saveDeclarationAnswers(
    @Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<SupplierFramework> {
    return applications.saveDeclarationAnswers(ctx, frameworkSlug, answers);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => SupplierFramework, { description: 'Completes the declaration when every question is validly answered.' })
  async completeDeclaration(@Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs, @Ctx() ctx: AppContext): Promise<SupplierFramework> {
    return applications.completeDeclaration(ctx, frameworkSlug);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => SupplierFramework, { description: 'Chooses an earlier declaration to prefill this one from (null: none).' })
  async setDeclarationReuse(
    @Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs,
    @Arg('fromFrameworkSlug', () => String, { nullable: true }) fromFrameworkSlug: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<SupplierFramework> {
    return chooseDeclarationReuse(ctx, frameworkSlug, fromFrameworkSlug ?? null);
  }

  @Authorized([Role.SUPPLIER])
  @Mutation(() => Boolean, {
    description:
      'Asks the Crown Commercial Service a clarification question about a framework while its clarification questions are open (emailed with an anonymous reference; you get a copy).',
  })
  async askFrameworkClarificationQuestion(
    @Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs,
    @Arg('question', () => String) question: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return applications.askFrameworkClarificationQuestion(ctx, frameworkSlug, question);
  }

  @Authorized(rolesFor(Permission.EDIT_DECLARATIONS))
  @Mutation(() => SupplierFramework, {
    description: "Corrects answers of a supplier's declaration while the framework is pending, standstill or live (sourcing); only the given questions are checked, null clears.",
  })
  async correctDeclarationAnswers(
    @Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs,
    @Arg('supplierId', () => ID) supplierId: string,
    @Arg('answers', () => GraphQLJSONObject) answers: Record<string, unknown>,
    @Ctx() ctx: AppContext,
  ): Promise<SupplierFramework> {
    return applications.correctDeclarationAnswers(ctx, frameworkSlug, supplierIdArg(supplierId), answers);
  }

  @FieldResolver(() => [Framework], { description: 'Earlier frameworks whose declaration may prefill this one, most recently closed first.' })
  async reusableDeclarations(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<Framework[]> {
    return reusableDeclarations(ctx.em, application);
  }

  @FieldResolver(() => Framework, { nullable: true, description: 'The earlier framework chosen to prefill this declaration.' })
  async prefillDeclarationFrom(@Root() application: SupplierFramework): Promise<Framework | null> {
    return application.prefillDeclarationFrom ? application.prefillDeclarationFrom.loadOrFail() : null;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Answers to show prefilled (not yet saved), from the chosen earlier declaration.' })
  async prefilledAnswers(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<Record<string, unknown>> {
    return prefilledAnswers(ctx.em, ctx.content, application);
  }

  @Authorized([Role.ADMIN_FRAMEWORK_MANAGER])
  @Mutation(() => SupplierFramework, { description: 'Records whether a supplier is on the framework and which lots failed (pending or standstill only).' })
  async recordApplicationResult(
    @Args(() => FrameworkSlugArgs) { frameworkSlug }: FrameworkSlugArgs,
    @Arg('supplierId', () => ID) supplierId: string,
    @Arg('onFramework', () => Boolean) onFramework: boolean,
    @Arg('failedLotSlugs', () => [String], { defaultValue: [] }) failedLotSlugs: string[],
    @Ctx() ctx: AppContext,
  ): Promise<SupplierFramework> {
    return recordResult(ctx, { frameworkSlug, supplierId: supplierIdArg(supplierId), onFramework, failedLotSlugs });
  }

  @FieldResolver(() => ApplicationStatus, { description: 'Whether an application was made (declaration complete, a service completed, company details confirmed).' })
  async applicationStatus(@Root() application: SupplierFramework, @Ctx() ctx: AppContext): Promise<ApplicationStatus> {
    return statusOf(ctx.em, application);
  }

  @FieldResolver(() => Framework)
  async framework(@Root() application: SupplierFramework): Promise<Framework> {
    return application.framework.loadOrFail();
  }
}
