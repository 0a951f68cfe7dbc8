import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type AppContext } from '../../app/context.js';
import { badInput, conflict, notFound } from '../../app/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuditType } from '../audit/audit.types.js';
import { BuyerEmailDomain, domainAllowed, publiclyPurchasableSuffix } from './buyer-email-domain.entity.js';

const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The approved domain an address qualifies for a buyer account through, if any. */
export async function allowedBuyerDomain(em: EntityManager, email: string): Promise<string | undefined> {
  const domains = await em.find(BuyerEmailDomain, {});
  return domainAllowed(
    email,
    domains.map((d) => d.domain),
  );
}

export async function listBuyerEmailDomains(ctx: AppContext): Promise<BuyerEmailDomain[]> {
  return ctx.em.find(BuyerEmailDomain, {}, { orderBy: { domain: 'asc' } });
}

export async function addBuyerEmailDomain(ctx: AppContext, rawDomain: string): Promise<BuyerEmailDomain> {
  const viewer = requireViewer(ctx);
  const domain = rawDomain.trim().toLowerCase().replace(/^@/, '');
  if (!DOMAIN_PATTERN.test(domain)) throw badInput('Enter a domain such as example.gov.uk', { domain: 'Enter a domain such as example.gov.uk' });
  const suffix = publiclyPurchasableSuffix(domain);
  if (suffix) {
    const message = `${suffix} is a public suffix anyone can buy a domain under: enter the organisation’s own domain`;
    throw badInput(message, { domain: message });
  }
  return ctx.em.transactional(async (em) => {
    // One change to the list at a time, so that two sub-domains of each other cannot both be added.
    await em.execute(`select pg_advisory_xact_lock(hashtext('buyer-email-domains'))`);
    if (await em.findOne(BuyerEmailDomain, { domain })) throw conflict(`${domain} is already an approved buyer domain`);
    // A sub-domain of an approved domain is redundant: its addresses qualify already.
    const covering = domainAllowed(
      `@${domain}`,
      (await em.find(BuyerEmailDomain, {})).map((d) => d.domain),
    );
    if (covering) throw conflict(`${domain} is already covered by the approved domain ${covering}`, { coveringDomain: covering });
    const now = ctx.clock.now();
    const row = em.create(BuyerEmailDomain, { domain, createdAt: now });
    await em.flush();
    recordAudit(em, now, { type: AuditType.ADD_BUYER_EMAIL_DOMAIN, actor: viewer, objectType: 'BuyerEmailDomain', objectId: row.id, data: { domain } });
    return row;
  });
}

export async function removeBuyerEmailDomain(ctx: AppContext, id: number): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(BuyerEmailDomain, { id });
    if (!row) throw notFound(`Buyer email domain ${id}`);
    em.remove(row);
    recordAudit(em, ctx.clock.now(), { type: AuditType.REMOVE_BUYER_EMAIL_DOMAIN, actor: viewer, objectType: 'BuyerEmailDomain', objectId: id, data: { domain: row.domain } });
  });
  return true;
}
