import { describe, expect, it } from 'vitest';
import { followingFramework, frameworkAt, transitionBanner, type FrameworkFacts } from './transition';

const g13: FrameworkFacts = { slug: 'g-cloud-13', name: 'G-Cloud 13', status: 'LIVE', liveAt: '2022-11-01T00:00:00Z', expiresAt: '2026-11-01T00:00:00Z' };
const g14 = (status: FrameworkFacts['status']): FrameworkFacts => ({ slug: 'g-cloud-14', name: 'G-Cloud 14', status, liveAt: '2026-06-01T00:00:00Z', expiresAt: null });
const g12: FrameworkFacts = { slug: 'g-cloud-12', name: 'G-Cloud 12', status: 'EXPIRED', liveAt: '2020-10-01T00:00:00Z', expiresAt: '2022-12-01T00:00:00Z' };

describe('the framework a project searched', () => {
  it('is the one live when the search was saved or ended, else the latest live', () => {
    expect(frameworkAt([g12, g13, g14('OPEN')], '2021-01-01T00:00:00Z')?.slug).toBe('g-cloud-12');
    expect(frameworkAt([g14('LIVE'), g13, g12], '2026-01-01T00:00:00Z')?.slug).toBe('g-cloud-13');
    expect(frameworkAt([g14('LIVE'), g13], '2026-07-01T00:00:00Z')?.slug).toBe('g-cloud-14');
    expect(frameworkAt([g13], null)?.slug).toBe('g-cloud-13');
    expect(frameworkAt([], null)).toBeNull();
  });

  it('is followed by the next iteration only once that one has passed evaluation', () => {
    for (const status of ['COMING', 'OPEN', 'PENDING'] as const) expect(followingFramework([g13, g14(status)], g13)).toBeNull();
    for (const status of ['STANDSTILL', 'LIVE', 'EXPIRED'] as const) expect(followingFramework([g14(status), g13], g13)?.slug).toBe('g-cloud-14');
    expect(followingFramework([g12, g13], g13)).toBeNull();
  });
});

describe('the transition banner (§5.9)', () => {
  it('shows nothing without a following framework', () => {
    expect(transitionBanner(g13, null, false)).toBeNull();
    expect(transitionBanner(null, g14('LIVE'), true)).toBeNull();
  });

  it('before the export: replacing soon (standstill) or replaced (live)', () => {
    expect(transitionBanner(g13, g14('STANDSTILL'), false)?.kind).toBe('replacing-soon');
    expect(transitionBanner(g13, g14('LIVE'), false)?.kind).toBe('replaced');
  });

  it('after the export: expiring soon, a new framework live, or expired', () => {
    expect(transitionBanner(g13, g14('STANDSTILL'), true)?.kind).toBe('expiring-soon');
    expect(transitionBanner(g13, g14('LIVE'), true)?.kind).toBe('new-framework-live');
    expect(transitionBanner({ ...g13, status: 'EXPIRED' }, g14('LIVE'), true)).toMatchObject({ kind: 'expired', current: { slug: 'g-cloud-13' } });
    // A combination §5.9 does not cover (both expired) shows no banner.
    expect(transitionBanner({ ...g13, status: 'EXPIRED' }, g14('EXPIRED'), true)).toBeNull();
  });
});
