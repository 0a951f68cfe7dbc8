import type { EntityManager } from '@mikro-orm/postgresql';
import { FrameworkLot } from '../src/modules/frameworks/framework-lot.entity.js';
import { Framework, FrameworkFamily, FrameworkStatus } from '../src/modules/frameworks/framework.entity.js';
import { Lot } from '../src/modules/frameworks/lot.entity.js';
import { BuyerEmailDomain } from '../src/modules/users/buyer-email-domain.entity.js';

/** Public-sector email domains whose people may create buyer accounts (admins add more). */
export const BUYER_EMAIL_DOMAINS = [
  'gov.uk',
  'gov.scot',
  'gov.wales',
  'gov.im',
  'nhs.uk',
  'nhs.net',
  'hscni.net',
  'police.uk',
  'pnn.police.uk',
  'mod.uk',
  'parliament.uk',
  'ac.uk',
  'sch.uk',
  'nhs.scot',
  'llyw.cymru',
  'bl.uk',
  'bbc.co.uk',
  'naturalengland.org.uk',
];

/** The lots of the original service: one shared row per slug, linked to every iteration that has it. */
export const LOTS: Array<Pick<Lot, 'slug' | 'name' | 'oneServiceLimit' | 'unitSingular' | 'unitPlural'>> = [
  { slug: 'saas', name: 'Software as a Service', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'paas', name: 'Platform as a Service', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'iaas', name: 'Infrastructure as a Service', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'scs', name: 'Specialist Cloud Services', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'cloud-hosting', name: 'Cloud hosting', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'cloud-software', name: 'Cloud software', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'cloud-support', name: 'Cloud support', oneServiceLimit: false, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'digital-outcomes', name: 'Digital outcomes', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'digital-specialists', name: 'Digital specialists', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'user-research-participants', name: 'User research participants', oneServiceLimit: true, unitSingular: 'service', unitPlural: 'services' },
  { slug: 'user-research-studios', name: 'User research studios', oneServiceLimit: false, unitSingular: 'research studio', unitPlural: 'research studios' },
];

const G_CLOUD_OLD_LOTS = ['saas', 'paas', 'iaas', 'scs'];
export const G_CLOUD_LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'];
const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants', 'user-research-studios'];

export interface FrameworkSeed {
  slug: string;
  name: string;
  family: FrameworkFamily;
  status: FrameworkStatus;
  lots: string[];
  allowDeclarationReuse?: boolean;
  clarificationQuestionsOpen?: boolean;
  applicationsCloseAt?: string;
  liveAt?: string;
  expiresAt?: string;
  agreementDetails?: Record<string, unknown>;
}

const gcloud = (n: number, status: FrameworkStatus, extra: Partial<FrameworkSeed> = {}): FrameworkSeed => ({
  slug: `g-cloud-${n}`,
  name: `G-Cloud ${n}`,
  family: FrameworkFamily.G_CLOUD,
  status,
  lots: n <= 8 ? G_CLOUD_OLD_LOTS : G_CLOUD_LOTS,
  allowDeclarationReuse: n >= 9,
  ...extra,
});

const dos = (n: number, status: FrameworkStatus, extra: Partial<FrameworkSeed> = {}): FrameworkSeed => ({
  slug: n === 1 ? 'digital-outcomes-and-specialists' : `digital-outcomes-and-specialists-${n}`,
  name: n === 1 ? 'Digital Outcomes and Specialists' : `Digital Outcomes and Specialists ${n}`,
  family: FrameworkFamily.DIGITAL_OUTCOMES_AND_SPECIALISTS,
  status,
  lots: DOS_LOTS,
  allowDeclarationReuse: n >= 2,
  ...extra,
});

/**
 * Reference data: every framework of the original service. G-Cloud 13 and DOS 5 are live, their
 * predecessors expired. Dates are approximate public milestones, kept for display only.
 */
export const FRAMEWORKS: FrameworkSeed[] = [
  ...[4, 5, 6, 7, 8, 9, 10, 11].map((n) => gcloud(n, FrameworkStatus.EXPIRED)),
  gcloud(12, FrameworkStatus.EXPIRED, { liveAt: '2020-09-28T00:00:00Z', expiresAt: '2022-11-09T00:00:00Z' }),
  gcloud(13, FrameworkStatus.LIVE, {
    applicationsCloseAt: '2022-07-13T16:00:00Z',
    liveAt: '2022-11-09T00:00:00Z',
    agreementDetails: { frameworkAgreementVersion: 'RM1557.13', frameworkRefDate: '09-11-2022' },
  }),
  ...[1, 2, 3, 4].map((n) => dos(n, FrameworkStatus.EXPIRED)),
  dos(5, FrameworkStatus.LIVE, { liveAt: '2021-01-19T00:00:00Z', agreementDetails: { frameworkAgreementVersion: 'RM1043.7' } }),
];

/** Inserts what is missing and brings reference rows back to their reference values. Re-runnable. */
export async function upsertFramework(em: EntityManager, seed: FrameworkSeed, lotsBySlug: Map<string, Lot>): Promise<Framework> {
  let framework: Framework | null = await em.findOne(Framework, { slug: seed.slug }, { populate: ['frameworkLots'] });
  if (!framework) {
    framework = em.create(Framework, {
      slug: seed.slug,
      name: seed.name,
      family: seed.family,
      status: seed.status,
      hasDirectAward: seed.family === FrameworkFamily.G_CLOUD,
      hasFurtherCompetition: seed.family === FrameworkFamily.DIGITAL_OUTCOMES_AND_SPECIALISTS,
    });
  }
  framework.name = seed.name;
  framework.allowDeclarationReuse = seed.allowDeclarationReuse ?? false;
  framework.clarificationQuestionsOpen = seed.clarificationQuestionsOpen ?? false;
  framework.applicationsCloseAt = seed.applicationsCloseAt ? new Date(seed.applicationsCloseAt) : (framework.applicationsCloseAt ?? null);
  framework.liveAt = seed.liveAt ? new Date(seed.liveAt) : (framework.liveAt ?? null);
  framework.expiresAt = seed.expiresAt ? new Date(seed.expiresAt) : (framework.expiresAt ?? null);
  framework.agreementDetails = seed.agreementDetails ?? framework.agreementDetails ?? null;
  const linked = new Set(framework.frameworkLots.isInitialized() ? framework.frameworkLots.getItems().map((fl) => fl.lot.id) : []);
  const owner = framework;
  seed.lots.forEach((slug, position) => {
    const lot = lotsBySlug.get(slug);
    if (!lot) throw new Error(`Seed for ${seed.slug} names unknown lot ${slug}`);
    if (!linked.has(lot.id)) em.create(FrameworkLot, { framework: owner, lot, position });
  });
  return framework;
}

export async function seedReference(em: EntityManager): Promise<{ frameworks: number; lots: number; buyerEmailDomains: number }> {
  return em.transactional(async (tx) => {
    const lotsBySlug = new Map<string, Lot>();
    for (const seed of LOTS) {
      let lot = await tx.findOne(Lot, { slug: seed.slug });
      if (!lot) lot = tx.create(Lot, seed);
      Object.assign(lot, seed);
      lotsBySlug.set(seed.slug, lot);
    }
    await tx.flush();
    for (const seed of FRAMEWORKS) {
      const existing = await tx.findOne(Framework, { slug: seed.slug });
      const framework = await upsertFramework(tx, seed, lotsBySlug);
      // Reference statuses are set on first load only: after that, admins own the lifecycle.
      if (!existing) framework.status = seed.status;
    }
    const known = new Set((await tx.find(BuyerEmailDomain, {})).map((d) => d.domain));
    for (const domain of BUYER_EMAIL_DOMAINS) {
      if (!known.has(domain)) tx.create(BuyerEmailDomain, { domain, createdAt: new Date() });
    }
    await tx.flush();
    return { frameworks: FRAMEWORKS.length, lots: LOTS.length, buyerEmailDomains: BUYER_EMAIL_DOMAINS.length };
  });
}
