import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { documentById, downloadLink, isDownloadable, uploadAnswersOf } from '../documents/index.js';
import { frameworkById, lotById } from '../frameworks/framework.loaders.js';
import { Service } from './service.entity.js';

@ObjectType({ description: 'A document of a service (pricing document, terms and conditions, service definition, SFIA rate card).' })
export class ServiceDocument {
  @Field(() => String, { description: 'The question it answers, e.g. "Pricing document".' })
  title!: string;

  @Field(() => String)
  questionId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Null for documents kept from the original service (a link elsewhere).' })
  contentType!: string | null;

  @Field(() => Int, { nullable: true })
  size!: number | null;

  @Field(() => String, { description: 'Where to download it: a link valid for a few minutes (or, for an imported service, the original address).' })
  url!: string;
}

/** The last part of an address, decoded when it can be. */
function fileNameOf(url: string): string {
  const last = (URL.canParse(url) ? new URL(url).pathname : url).split('/').filter(Boolean).pop() ?? 'document';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

@Resolver(() => Service)
export class ServiceDocumentsResolver {
  /**
   * Whoever may see the service may download its documents: the service vouches for them, so the
   * links are signed here (only clean, stored files are listed).
   */
  @FieldResolver(() => [ServiceDocument], { description: 'Its documents that are scanned clean, in the order of the content, each with a short-lived download link.' })
  async documents(@Root() service: Service, @Ctx() ctx: AppContext): Promise<ServiceDocument[]> {
    const [framework, lot] = await Promise.all([ctx.loaders.get(frameworkById).load(service.framework.id), ctx.loaders.get(lotById).load(service.lot.id)]);
    const answers = uploadAnswersOf(ctx.content, framework!.slug, lot!.slug, service.data);
    const docs = await ctx.loaders.get(documentById).loadMany(answers.flatMap((a) => (a.documentId ? [a.documentId] : [])));
    const byId = new Map(docs.flatMap((d) => (d && !(d instanceof Error) ? [[d.id, d] as const] : [])));
    const out: ServiceDocument[] = [];
    for (const { questionId, title, documentId, url } of answers) {
      // Services imported from the original keep their documents' addresses.
      if (url) {
        out.push({ title, questionId, fileName: fileNameOf(url), contentType: null, size: null, url });
        continue;
      }
      const doc = byId.get(documentId!);
      if (!doc || !isDownloadable(doc) || doc.supplierId !== service.supplier.id) continue;
      out.push({ title, questionId, fileName: doc.fileName, contentType: doc.contentType, size: doc.size, url: downloadLink(ctx.config, doc, ctx.clock.now()) });
    }
    return out;
  }
}
