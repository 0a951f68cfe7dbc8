/** GOV.UK pages that now hold the guidance the Digital Marketplace used to publish itself. */
export const GOVUK_BUYERS_GUIDE = 'https://www.gov.uk/guidance/g-cloud-buyers-guide';
export const GOVUK_SUPPLIERS_GUIDE = 'https://www.gov.uk/guidance/g-cloud-suppliers-guide';
export const GOVUK_CROWN_HOSTING = 'https://www.gov.uk/government/publications/crown-hosting-data-centres';

export interface MovedGuide {
  /** The old address, without its leading slash (as a route path). */
  path: string;
  /** Where the guidance is now. */
  to: string;
  /** What the guidance is, for the page's heading and link ("G-Cloud buyers’ guide"). */
  name: string;
}

/** Old guide addresses and where each went. */
export const MOVED_GUIDES: readonly MovedGuide[] = [
  { path: 'g-cloud/framework', to: GOVUK_BUYERS_GUIDE, name: 'G-Cloud buyers’ guide' },
  { path: 'buyers-guide', to: GOVUK_BUYERS_GUIDE, name: 'G-Cloud buyers’ guide' },
  { path: 'g-cloud/buyers-guide', to: GOVUK_BUYERS_GUIDE, name: 'G-Cloud buyers’ guide' },
  { path: 'g-cloud/suppliers-guide', to: GOVUK_SUPPLIERS_GUIDE, name: 'G-Cloud suppliers’ guide' },
  { path: 'suppliers-guide', to: GOVUK_SUPPLIERS_GUIDE, name: 'G-Cloud suppliers’ guide' },
  { path: 'crown-hosting/framework', to: GOVUK_CROWN_HOSTING, name: 'Crown Hosting Data Centres guidance' },
];

/** Old addresses whose pages were taken down with nothing to replace them. */
export const GONE_PATHS: readonly string[] = ['digital-services/framework'];

/** Where an old guide address now points (null when it is not one). */
export function movedGuide(pathname: string): MovedGuide | null {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  return MOVED_GUIDES.find((g) => g.path === path) ?? null;
}
