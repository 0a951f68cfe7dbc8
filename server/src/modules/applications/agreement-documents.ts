import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent, EventHandler, HandlerContext } from '../../app/events.js';
import { AuditType } from '../audit/audit.types.js';
import { Document, DocumentPurpose, generatedId, renderPdf, storageKey, storeGenerated } from '../documents/index.js';
import { FrameworkLot } from '../frameworks/framework-lot.entity.js';
import { Framework } from '../frameworks/framework.entity.js';
import { queueEmail } from '../notifications/notifications.service.js';
import { ContactInformation } from '../suppliers/contact-information.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { User } from '../users/user.entity.js';
import { govukDate } from '../../shared/words.js';
import { applicationEmails } from './application.emails.js';
import { companyDetailsRecord } from './company-details.js';
import { DraftService, DraftStatus } from './draft-service.entity.js';
import { FrameworkAgreement } from './framework-agreement.entity.js';
import { SupplierFramework } from './supplier-framework.entity.js';
import type { DocumentStorage } from '../../app/storage-port.js';

/** A date as the documents print it: "3 June 2024", in UK time. */

/** Which document an event asks for: signing makes the signature page, countersigning the countersigned agreement. */
function purposeOf(event: DomainEvent): DocumentPurpose | null {
  if (event.type === AuditType.SIGN_AGREEMENT) return DocumentPurpose.SIGNATURE_PAGE;
  if (event.type === AuditType.COUNTERSIGN_AGREEMENT && event.data.action === 'countersign') return DocumentPurpose.COUNTERSIGNED_AGREEMENT;
  return null;
}

/** The lots an application was accepted on, as its submitted drafts tell, numbered as the framework lists them ("Lot 2: Cloud software"). */
async function acceptedLots(em: EntityManager, supplierId: number, framework: Framework): Promise<string[]> {
  const drafts = await em.find(DraftService, { supplier: supplierId, framework: framework.id, status: DraftStatus.SUBMITTED }, { fields: ['lot'] });
  const accepted = new Set(drafts.map((d) => d.lot.id));
  if (!accepted.size) return [];
  const lots = await em.find(FrameworkLot, { framework: framework.id }, { populate: ['lot'], orderBy: { position: 'asc', lot: { id: 'asc' } } });
  return lots.flatMap((fl, i) => (accepted.has(fl.lot.id) ? [`Lot ${i + 1}: ${fl.lot.getEntity().name}`] : []));
}

interface AgreementFacts {
  agreement: FrameworkAgreement;
  supplier: Supplier;
  framework: Framework;
}

/**
 * The PDF of one agreement document, read from the database as it is now (the agreement's fields no
 * longer change once signed). Dated by the agreement's own timestamps, so a second rendering is the same.
 */
async function render(em: EntityManager, purpose: DocumentPurpose, { agreement, supplier, framework }: AgreementFacts, now: Date): Promise<Uint8Array> {
  const primary = (await em.find(ContactInformation, { supplier: supplier.id }, { orderBy: { id: 'asc' }, limit: 1 }))[0];
  const current = companyDetailsRecord(supplier, primary);
  // What the application recorded fills in anything the supplier's details have lost since.
  const recorded = agreement.application.getEntity().companyDetails;
  const detail = (key: string): string | null => current[key] ?? (typeof recorded[key] === 'string' ? (recorded[key] as string) : null);
  const address = ['supplierRegisteredBuilding', 'supplierRegisteredTown', 'supplierRegisteredPostcode'].map(detail).filter(Boolean).join(', ');
  const registeredName = detail('supplierRegisteredName') ?? supplier.name;
  const lots = await acceptedLots(em, supplier.id, framework);
  const rows: Array<[string, string]> = [
    ['Registered name', registeredName],
    ['Trading name', supplier.name],
    ['Registered address', address],
    ['Company registration number', detail('supplierCompanyRegistrationNumber') ?? ''],
    ['DUNS number', supplier.dunsNumber],
    ['Framework', framework.name],
    ['Agreement version', agreement.agreementVersion],
    ...(lots.length ? [['Appointment is to', lots.join('\n')] as [string, string]] : []),
    ['Signed by', agreement.signerName],
    ['Role', agreement.signerRole],
    ['Signed on', govukDate(agreement.signedAt)],
  ];
  const signed = `${agreement.signerName}, ${agreement.signerRole}, signed the ${framework.name} framework agreement (version ${agreement.agreementVersion}) online on behalf of ${registeredName} on ${govukDate(agreement.signedAt)}.`;
  if (purpose === DocumentPurpose.SIGNATURE_PAGE) {
    return renderPdf({
      title: `${framework.name} framework agreement: signature page`,
      subtitle: registeredName,
      rows,
      paragraphs: [signed, 'The agreement comes into force once Crown Commercial Service has countersigned it.'],
      date: agreement.signedAt,
    });
  }
  const countersignedAt = agreement.countersignedAt ?? now;
  const countersigner = [agreement.countersignerName, agreement.countersignerRole].filter(Boolean).join(', ') || 'Crown Commercial Service';
  return renderPdf({
    title: `${framework.name} framework agreement: countersigned`,
    subtitle: registeredName,
    rows: [
      ...rows,
      ['Approved for countersignature on', agreement.approvedAt ? govukDate(agreement.approvedAt) : ''],
      ['Countersigned by', agreement.countersignerName ?? 'Crown Commercial Service'],
      ['Countersigner role', agreement.countersignerRole ?? ''],
      ['Countersigned on', govukDate(countersignedAt)],
    ],
    paragraphs: [signed, `${countersigner} countersigned the agreement for Crown Commercial Service on ${govukDate(countersignedAt)}. It is now in force.`],
    date: countersignedAt,
  });
}

/**
 * Renders one document of an agreement and stores it as a generated document with the given id
 * (the handler's comes from its event). The seeds use it too, for agreements signed before any
 * worker was there to make their documents.
 */
export async function storeAgreementDocument(
  em: EntityManager,
  storage: DocumentStorage,
  now: Date,
  agreement: FrameworkAgreement,
  purpose: DocumentPurpose,
  id: string,
): Promise<{ doc: Document; supplier: Supplier; framework: Framework }> {
  const application = agreement.application.isInitialized() ? agreement.application.getEntity() : await em.findOneOrFail(SupplierFramework, { id: agreement.application.id });
  // One after the other: the handler's queries share the dispatcher's transaction (one connection).
  const supplier = await em.findOneOrFail(Supplier, { id: application.supplier.id });
  const framework = await em.findOneOrFail(Framework, { id: application.framework.id });
  const bytes = await render(em, purpose, { agreement, supplier, framework }, now);
  const doc = await storeGenerated(em, storage, now, {
    id,
    purpose,
    fileName: `${framework.slug}-${purpose}-${supplier.id}.pdf`,
    bytes,
    supplierId: supplier.id,
    frameworkId: framework.id,
    objectId: String(agreement.id),
  });
  return { doc, supplier, framework };
}

async function generate(event: DomainEvent, purpose: DocumentPurpose, ctx: HandlerContext): Promise<void> {
  const { em, storage, config } = ctx;
  if (!storage) throw new Error('applications.agreement-documents needs the document storage');
  const id = generatedId(event.id, purpose);
  // Stored and emailed in one transaction: a document already there means its emails are queued too.
  if (await em.findOne(Document, { id })) return;
  const agreementId = Number(event.objectId);
  const agreement = Number.isInteger(agreementId) ? await em.findOne(FrameworkAgreement, { id: agreementId }, { populate: ['application'] }) : null;
  if (!agreement) return;
  const now = ctx.clock.now();
  const { doc, supplier, framework } = await storeAgreementDocument(em, storage, now, agreement, purpose, id);
  const attachment = { storageKey: storageKey(doc), fileName: doc.fileName, contentType: doc.contentType };
  const link = `${config?.WEB_URL ?? ''}/suppliers/frameworks/${framework.slug}`;
  const users = await em.find(User, { supplier: supplier.id, active: true }, { orderBy: { id: 'asc' } });
  for (const user of users) {
    const email =
      purpose === DocumentPurpose.SIGNATURE_PAGE
        ? applicationEmails.agreementSigned(user.email, framework.name, agreement.signerName, govukDate(agreement.signedAt), link, attachment)
        : applicationEmails.agreementCountersigned(user.email, framework.name, govukDate(agreement.countersignedAt ?? now), link, attachment);
    if (!(await queueEmail(em, ctx.jobs, now, email))) ctx.logger.warn({ eventId: event.id, template: email.template }, 'email not queued: its address cannot be delivered to');
  }
}

/**
 * Makes the agreement's documents as it goes through its steps: the supplier's signature page when
 * it signs, the countersigned agreement when CCS countersigns. Each is stored as a generated
 * document and emailed, attached, to the supplier's active users, in the dispatcher's transaction;
 * a redelivered event finds its document (the id comes from the event) and does nothing again.
 */
export const agreementDocumentsHandler: EventHandler = {
  name: 'applications.agreement-documents',
  types: [AuditType.SIGN_AGREEMENT, AuditType.COUNTERSIGN_AGREEMENT],
  batchSize: 10,
  async handle(events, ctx) {
    for (const event of events) {
      const purpose = purposeOf(event);
      if (purpose) await generate(event, purpose, ctx);
    }
  },
};
