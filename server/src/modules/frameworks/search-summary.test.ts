import { describe, expect, it } from 'vitest';
import { FrameworkContent } from './content/catalogue.js';
import { checkFilters, filterGroups } from './search-filters.js';
import { searchSummary, summaryText } from './search-summary.js';

const content = new FrameworkContent();

const LOTS = ['cloud-hosting', 'cloud-software', 'cloud-support'];
const DOS_LOTS = ['digital-outcomes', 'digital-specialists', 'user-research-participants'];
const groupsFor = (lot: string | null) => filterGroups(content, 'services', 'g-cloud-13', LOTS, lot);
const summary = (total: number, q: string | undefined, lotName: string | null, lot: string | null, filters: Record<string, string[]>) =>
  summaryText(searchSummary(content, total, q, lotName, groupsFor(lot), filters));

describe('filter groups from the framework content', () => {
  it('offers a lot its own groups, and with no lot only the questions every lot has', () => {
    const software = groupsFor('cloud-software').map((g) => g.name);
    expect(software).toContain('Categories');
    expect(software).toContain('Using the service');
    const all = groupsFor(null);
    expect(all.map((g) => g.name)).toEqual(['Supplier type', 'User support', 'Staff security clearance', 'Minimum government security clearance', 'Pricing options']);
    expect(all.find((g) => g.name === 'User support')!.filters.map((f) => f.key)).toEqual(['emailOrTicketingSupport', 'phoneSupport', 'webChatSupport']);
  });

  it('builds the software category tree with parents and children', () => {
    const tree = groupsFor('cloud-software').find((g) => g.slug === 'categories')!.filters[0]!;
    expect(tree.key).toBe('serviceCategories');
    const finance = tree.options.find((o) => o.label === 'Accounting and finance')!;
    expect(finance.value).toBe('accounting and finance');
    expect(finance.children.map((c) => c.label)).toContain('Payroll');
  });

  it('uses filter labels and "true" for yes/no questions', () => {
    const support = groupsFor('cloud-hosting').find((g) => g.name === 'User support')!;
    expect(support.filters.find((f) => f.key === 'phoneSupport')!.options).toEqual([{ value: 'true', label: 'phone', children: [] }]);
  });

  it('refuses an unknown filter or value by name, ignoring case and punctuation in values', () => {
    expect(() => checkFilters(groupsFor('cloud-hosting'), { resellingType: ['NOT_RESELLER'] })).not.toThrow();
    expect(() => checkFilters(groupsFor('cloud-hosting'), { colour: ['blue'] })).toThrow(/Unknown filter 'colour'/);
    expect(() => checkFilters(groupsFor('cloud-hosting'), { resellingType: ['sometimes'] })).toThrow(/Unknown value 'sometimes' for filter 'resellingType'/);
    // Browsing all lots offers no lot-specific filter.
    expect(() => checkFilters(groupsFor(null), { scalingType: ['automatic'] })).toThrow(/Unknown filter 'scalingType'/);
  });

  it('offers DOS the status and location for every lot, the specialist role for specialists only', () => {
    expect(filterGroups(content, 'briefs', 'digital-outcomes-and-specialists-5', DOS_LOTS, null).map((g) => g.name)).toEqual(['Status', 'Location']);
    expect(filterGroups(content, 'briefs', 'digital-outcomes-and-specialists-5', DOS_LOTS, 'digital-specialists').map((g) => g.name)).toEqual([
      'Status',
      'Location',
      'Specialist role',
    ]);
    const location = filterGroups(content, 'briefs', 'digital-outcomes-and-specialists-5', DOS_LOTS, null)[1]!.filters[0]!;
    expect(location.options.find((o) => o.label === 'Off-site')!.value).toBe('offsite');
  });
});

describe('the result summary sentence (dm-journeys §4.4)', () => {
  it('counts, keywords and lot', () => {
    expect(summary(1, 'email', 'Cloud software', 'cloud-software', { phoneSupport: ['true'] })).toBe(
      '1 result found containing email in Cloud software where user support is available by phone',
    );
    expect(summary(0, undefined, null, null, {})).toBe('0 results found in All categories');
    expect(summary(2, undefined, null, null, {})).toBe('2 results found in All categories');
  });

  it('uses the per-value prepositions and the group conjunction', () => {
    expect(summary(5, undefined, null, null, { resellingType: ['not_reseller', 'reseller_no_extras'] })).toBe(
      '5 results found in All categories where the supplier is not a reseller or a reseller (no extras)',
    );
    expect(summary(5, undefined, null, null, { governmentSecurityClearances: ['dv'] })).toBe(
      '5 results found in All categories where suppliers are prepared to make sure their staff have Developed Vetting (DV)',
    );
    expect(summary(3, undefined, 'Cloud software', 'cloud-software', { serviceCategories: ['accounting and finance'] })).toBe(
      '3 results found in Cloud software in the category Accounting and finance',
    );
  });

  it('joins several groups with commas and a final "and", values in bold', () => {
    const parts = searchSummary(content, 12, 'backup', 'Cloud software', groupsFor('cloud-software'), {
      browsersAccess: ['true'],
      APISoftware: ['true'],
      freeVersionTrialOption: ['true'],
      phoneSupport: ['true'],
    });
    expect(summaryText(parts)).toBe(
      '12 results found containing backup in Cloud software where user support is available by phone, where users can access the service through a web browser interface and an API and with a free trial',
    );
    expect(parts.filter((p) => p.kind === 'strong').map((p) => p.text)).toEqual(['backup', 'Cloud software', 'phone', 'web browser interface', 'API', 'free trial']);
    expect(parts[0]).toEqual({ text: '12', kind: 'count' });
  });

  it('leaves out groups without a rule (DOS) and keeps keywords as typed', () => {
    const dos = filterGroups(content, 'briefs', 'digital-outcomes-and-specialists-5', DOS_LOTS, null);
    expect(summaryText(searchSummary(content, 4, '<b>x</b>', 'Digital outcomes', dos, { location: ['london'] }))).toBe('4 results found containing <b>x</b> in Digital outcomes');
  });
});
