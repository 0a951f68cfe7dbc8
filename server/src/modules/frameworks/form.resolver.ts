import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { FrameworkLot } from './framework-lot.entity.js';
import { Framework } from './framework.entity.js';
import { buildForm } from './form.js';
import { Form, FormName } from './form.types.js';

@Resolver(() => Form)
export class FormResolver {
  @Query(() => Form, {
    description:
      'A form of the service (sections, the pages they are edited on, and every question with what a renderer needs), from the framework content. Public, like the questions themselves; the answers come with the object (a draft’s data, a brief’s answers). NOT_FOUND for a framework or lot that does not exist, or a form the framework has not.',
  })
  async form(
    @Arg('name', () => FormName) name: FormName,
    @Arg('frameworkSlug', () => String) frameworkSlug: string,
    @Arg('lotSlug', () => String, { nullable: true, description: 'The lot (every form but the declaration).' }) lotSlug: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Form> {
    const lot = lotSlug ?? null;
    const framework = await ctx.em.findOne(Framework, { slug: frameworkSlug });
    if (!framework) throw notFound(`Framework '${frameworkSlug}'`);
    // Only a lot of the framework: the built form is kept by lot, so nothing else is looked up.
    if (lot !== null && !(await ctx.em.count(FrameworkLot, { framework: framework.id, lot: { slug: lot } }))) throw notFound(`Lot '${lot}' of ${framework.name}`);
    return buildForm(ctx.content, name, framework.slug, name === FormName.DECLARATION ? null : lot);
  }
}
