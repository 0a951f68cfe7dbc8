import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../../app/errors.js';
import { Permission, rolesFor } from '../../shared/permissions.js';
import { ADMIN_ROLES, Role, isAdminRole } from '../../shared/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { isDocumentId } from './document.answers.js';
import { DocumentRescan } from './document-rescan.entity.js';
import { downloadLink } from './document.download.js';
import { Document, DocumentPurpose, ScanStatus } from './document.entity.js';
import { rescanDocumentsJob, rescanStepKey } from './document.jobs.js';
import { mayRead } from './document.policy.js';
import { deleteDocument, frameworkPublications, isDownloadable } from './document.service.js';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'A link to download the file, valid for a few minutes; null until it is scanned clean, and for anyone who may not read it.',
  })
  downloadUrl(@Root() doc: Document, @Ctx() ctx: AppContext): string | null {
    if (!isDownloadable(doc) || !mayRead(ctx.viewer, doc)) return null;
    // An admin's downloads of agreement documents are audited (AD11), whoever ends up using the link.
    const audited = (doc.purpose === DocumentPurpose.SIGNATURE_PAGE || doc.purpose === DocumentPurpose.COUNTERSIGNED_AGREEMENT) && isAdminRole(ctx.viewer!.role as Role);
    return downloadLink(ctx.config, doc, ctx.clock.now(), audited ? ctx.viewer!.id : undefined);
  }

  @Query(() => Document, { description: 'A document you may read (your own uploads; published framework documents); NOT_FOUND otherwise.' })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Document> {
    const doc = isDocumentId(id) ? await ctx.em.findOne(Document, { id, deletedAt: null }) : null;
    if (!doc || !mayRead(ctx.viewer, doc)) throw notFound(`Document ${id}`);
    return doc;
  }

  @Authorized([Role.SUPPLIER, ...ADMIN_ROLES])
  @Query(() => [Document], { description: "A framework's communications and clarification answers (suppliers see those scanned clean), newest first." })
  async frameworkCommunications(@Arg('frameworkSlug', () => String) frameworkSlug: string, @Ctx() ctx: AppContext): Promise<Document[]> {
    return frameworkPublications(ctx, frameworkSlug);
  }

  @Authorized(rolesFor(Permission.MANAGE_FRAMEWORK_COMMUNICATIONS))
  @Mutation(() => Document, { description: 'Withdraws a communication or clarification answers document.' })
  async deleteFrameworkDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Document> {
    if (!isDocumentId(id)) throw notFound(`Document ${id}`);
    return deleteDocument(ctx, id);
  }

  @Authorized(rolesFor(Permission.RESCAN_DOCUMENTS))
  @Mutation(() => DocumentRescan, { description: 'Scans every stored document again (after a signature update); infected ones are withdrawn.' })
  async rescanDocuments(@Ctx() ctx: AppContext): Promise<DocumentRescan> {
    return ctx.em.transactional(async (em) => {
      const now = ctx.clock.now();
      const total = await em.count(Document, { scanStatus: ScanStatus.CLEAN, storedAt: { $ne: null }, deletedAt: null });
      const rescan = em.create(DocumentRescan, { requestedByUserId: ctx.viewer!.id, startedAt: now, total });
      await em.flush();
      recordAudit(em, now, { type: AuditType.RESCAN_DOCUMENTS, actor: ctx.viewer, objectType: 'DocumentRescan', objectId: rescan.id, data: { rescanId: rescan.id, total } });
      await ctx.jobs.enqueue(em, rescanDocumentsJob, { rescanId: rescan.id }, { singletonKey: rescanStepKey(rescan.id, null) });
      return rescan;
    });
  }

  @Authorized(rolesFor(Permission.RESCAN_DOCUMENTS))
  @Query(() => DocumentRescan, { description: 'A rescan and its progress.' })
  async documentRescan(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<DocumentRescan> {
    const rescan = /^\d{1,9}$/.test(id) ? await ctx.em.findOne(DocumentRescan, { id: Number(id) }) : null;
    if (!rescan) throw notFound(`Rescan ${id}`);
    return rescan;
  }
}
