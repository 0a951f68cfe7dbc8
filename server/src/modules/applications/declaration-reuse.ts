import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContentCatalogue } from '../../app/content-port.js';
import type { AppContext } from '../../app/context.js';
import { badInput, conflict } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { manifestOf } from '../frameworks/content/framework-content.js';
import { contentFramework } from '../frameworks/content/schema-catalogue.js';
import { Framework } from '../frameworks/framework.entity.js';
import { acceptsApplications } from '../frameworks/framework.status.js';
import { supplierViewer } from './application.service.js';
import { DeclarationStatus, SupplierFramework } from './supplier-framework.entity.js';

/**
 * Earlier declarations a supplier may reuse for this application: complete declarations on other
 * frameworks of the same family that allow reuse (both the framework and, for this supplier, the
 * application), most recently closed first.
 */
export async function reusableDeclarations(em: EntityManager, application: SupplierFramework): Promise<Framework[]> {
  const current = await application.framework.loadOrFail();
  const candidates = await em.find(
    SupplierFramework,
    {
      supplier: application.supplier.id,
      framework: { id: { $ne: current.id }, family: current.family, allowDeclarationReuse: true },
      allowDeclarationReuse: true,
      declarationStatus: DeclarationStatus.COMPLETE,
    },
    { populate: ['framework'] },
  );
  return candidates.map((c) => c.framework.getEntity()).sort((a, b) => (b.applicationsCloseAt?.getTime() ?? 0) - (a.applicationsCloseAt?.getTime() ?? 0) || b.id - a.id);
}

/** The questions of this framework's declaration whose sections may be prefilled (derived once per process). */
function prefillableQuestions(content: ContentCatalogue, frameworkSlug: string): Set<string> {
  const framework = contentFramework(frameworkSlug);
  return content.cached(framework, 'applications:prefillable', () => {
    const ids = new Set<string>();
    for (const section of manifestOf(content, framework, 'declaration', 'declaration', '')) {
      if (!section.prefill) continue;
      for (const q of section.questions) for (const id of q.type === 'multiquestion' ? (q.questions ?? []).map((c) => c.id) : [q.id]) ids.add(id);
    }
    return ids;
  });
}

/**
 * Answers to show prefilled: from the chosen earlier declaration, for prefillable sections only,
 * and only where this declaration has no answer yet. They are stored only when the supplier saves them.
 */
export async function prefilledAnswers(em: EntityManager, content: ContentCatalogue, application: SupplierFramework): Promise<Record<string, unknown>> {
  if (!application.prefillDeclarationFrom) return {};
  const source = await em.findOne(SupplierFramework, { supplier: application.supplier.id, framework: application.prefillDeclarationFrom.id });
  if (!source) return {};
  const framework = await application.framework.loadOrFail();
  const allowed = prefillableQuestions(content, framework.slug);
  return Object.fromEntries(Object.entries(source.declaration).filter(([id]) => allowed.has(id) && !(id in application.declaration)));
}

/** The supplier chooses (or, with null, stops using) an earlier declaration to prefill this one. */
export async function chooseDeclarationReuse(ctx: AppContext, frameworkSlug: string, fromFrameworkSlug: string | null): Promise<SupplierFramework> {
  const viewer = supplierViewer(ctx);
  return ctx.em.transactional(async (em) => {
    const framework = await em.findOne(Framework, { slug: frameworkSlug });
    const application = framework ? await em.findOne(SupplierFramework, { supplier: viewer.supplierId, framework: framework.id }) : null;
    if (!framework || !application) throw badInput(`You have not started an application to ${frameworkSlug}`, { frameworkSlug: 'Start your application first' });
    if (!acceptsApplications(framework.status))
      throw conflict(`You can no longer change your application: ${framework.name} is ${framework.status}`, { frameworkStatus: framework.status });
    let from: Framework | null = null;
    if (fromFrameworkSlug !== null) {
      from = (await reusableDeclarations(em, application)).find((f) => f.slug === fromFrameworkSlug) ?? null;
      if (!from) {
        throw badInput('You cannot reuse that declaration', {
          fromFrameworkSlug: 'Choose a framework where you made a complete declaration that can be reused',
        });
      }
    }
    application.prefillDeclarationFrom = from ? em.getReference(Framework, from.id, { wrapped: true }) : null;
    application.updatedAt = ctx.clock.now();
    recordAudit(em, ctx.clock.now(), {
      type: AuditType.UPDATE_SUPPLIER_FRAMEWORK,
      actor: viewer,
      objectType: 'Supplier',
      objectId: viewer.supplierId,
      data: { supplierId: viewer.supplierId, frameworkSlug, update: { prefillDeclarationFromFrameworkSlug: fromFrameworkSlug } },
    });
    return application;
  });
}
