/**
 * The framework-transition banner of a project page (dm-journeys §5.9): when the G-Cloud framework a
 * project's search ran on is being, or has been, replaced by the next one.
 */

export type FrameworkState = 'COMING' | 'OPEN' | 'PENDING' | 'STANDSTILL' | 'LIVE' | 'EXPIRED';

export interface FrameworkFacts {
  slug: string;
  name: string;
  status: FrameworkState;
  liveAt?: string | null;
  expiresAt?: string | null;
}

/** G-Cloud iterations in order ("g-cloud-13" before "g-cloud-14"). */
const generation = (f: FrameworkFacts) => Number(/(\d+)$/.exec(f.slug)?.[1] ?? 0);
const inOrder = (frameworks: readonly FrameworkFacts[]) => [...frameworks].sort((a, b) => generation(a) - generation(b));
const buyable = (f: FrameworkFacts) => f.status === 'LIVE' || f.status === 'EXPIRED';

/**
 * The framework a search ran on: the latest one live at that moment (the search was saved, or ended,
 * then); failing that, the latest live framework, or the latest that was.
 */
export function frameworkAt(frameworks: readonly FrameworkFacts[], when: string | null | undefined): FrameworkFacts | null {
  const ordered = inOrder(frameworks).filter(buyable);
  const at = when ? ordered.filter((f) => f.liveAt && f.liveAt <= when && (!f.expiresAt || f.expiresAt > when || f.status === 'LIVE')) : [];
  return at.at(-1) ?? ordered.filter((f) => f.status === 'LIVE').at(-1) ?? ordered.at(-1) ?? null;
}

/** The iteration after a framework, once it has passed evaluation (standstill, live or expired); otherwise none. */
export function followingFramework(frameworks: readonly FrameworkFacts[], current: FrameworkFacts): FrameworkFacts | null {
  const next = inOrder(frameworks).find((f) => generation(f) > generation(current));
  return next && (next.status === 'STANDSTILL' || next.status === 'LIVE' || next.status === 'EXPIRED') ? next : null;
}

export type TransitionBanner =
  /** Not ended, the next framework in standstill: its services replace these on its live date. */
  | { kind: 'replacing-soon'; following: FrameworkFacts }
  /** Not ended, the next framework live: the services were replaced, results may differ. */
  | { kind: 'replaced'; following: FrameworkFacts }
  /** Ended, the next framework in standstill: award soon or search again from its live date. */
  | { kind: 'expiring-soon'; following: FrameworkFacts }
  /** Ended, both live: as above, with a link to search the new framework now. */
  | { kind: 'new-framework-live'; following: FrameworkFacts }
  /** Ended, this framework expired and the next live: search again unless you awarded. */
  | { kind: 'expired'; current: FrameworkFacts; following: FrameworkFacts };

/** Which banner a project shows, or none (no following framework, or a combination §5.9 does not cover). */
export function transitionBanner(current: FrameworkFacts | null, following: FrameworkFacts | null, locked: boolean): TransitionBanner | null {
  if (!current || !following) return null;
  if (!locked) {
    if (following.status === 'STANDSTILL') return { kind: 'replacing-soon', following };
    return { kind: 'replaced', following };
  }
  if (following.status === 'STANDSTILL') return { kind: 'expiring-soon', following };
  if (following.status === 'LIVE' && current.status === 'LIVE') return { kind: 'new-framework-live', following };
  if (following.status === 'LIVE' && current.status === 'EXPIRED') return { kind: 'expired', current, following };
  return null;
}
