/**
 * What each G-Cloud lot offers a buyer, in a line with examples (our own words), under the lot's
 * name when choosing a category. The framework content has no lot descriptions; the submissions
 * module's are written for suppliers adding a service, so buyers get their own here.
 */
export const BUYER_LOT_DESCRIPTIONS: Record<string, string> = {
  'cloud-hosting': 'Infrastructure and platforms to run your own services on, for example virtual servers, storage, databases or content delivery.',
  'cloud-software': 'Applications your organisation uses over the internet, for example case management, finance, HR or collaboration tools.',
  'cloud-support': 'Help to plan, move to, set up, secure or run cloud services, for example migration, security testing or training.',
};

export const lotDescription = (slug: string): string | undefined => BUYER_LOT_DESCRIPTIONS[slug];
