// The original's personas (dm-journeys §7): anonymous buyers browsing G-Cloud and opportunities with
// the real search terms, and suppliers signing in and saving draft-service pages.
import { rng } from '../../../server/seeds/answers.js';
import { LOTS, TERMS } from '../corpus.js';
import type { DraftPage, SupplierLogin } from './data.js';
import type { Call, Persona, Session } from './measure.js';
import { SAVE_DRAFT_PAGE, spaOperation } from './operations.js';

/** A public page read: the SPA operation and its variables. */
export interface Visit {
  op: string;
  variables: Record<string, unknown>;
}

/**
 * The buyer mix, in the proportions: 60% the G-Cloud search page (its results query, and its
 * filter set on one visit in six, as the SPA's cache keeps it after the first), 25% service pages, 15%
 * opportunities (lists, some filtered, and opportunity pages). Terms, lots and filters as search.ts.
 */
export const BUYER_MIX: Array<[op: string, weight: number]> = [
  ['ServiceSearch', 50],
  ['SearchFilters', 10],
  ['ServicePage', 25],
  ['OpportunitySearch', 10],
  ['OpportunityPage', 5],
];

export function buyerVisits(count: number, serviceIds: string[], briefIds: number[], seed = 2026): Visit[] {
  const r = rng(seed);
  const total = BUYER_MIX.reduce((n, [, w]) => n + w, 0);
  const pickOp = () => {
    let x = r.next() * total;
    for (const [op, w] of BUYER_MIX) if ((x -= w) < 0) return op;
    return BUYER_MIX[0]![0];
  };
  return Array.from({ length: count }, (_, i): Visit => {
    const op = pickOp();
    switch (op) {
      case 'ServiceSearch': {
        const q = r.pick(TERMS);
        const lot = i % 3 ? r.pick(LOTS) : null;
        const filters = i % 3 === 2 ? (lot === 'cloud-support' ? { phoneSupport: ['true'] } : { freeVersionTrialOption: ['true'] }) : {};
        return { op, variables: { q, lot, filters, page: i % 10 === 9 ? 2 : 1 } };
      }
      case 'SearchFilters':
        return { op, variables: { kind: 'services', lot: i % 2 ? r.pick(LOTS) : null } };
      case 'ServicePage':
        return { op, variables: { id: r.pick(serviceIds) } };
      case 'OpportunitySearch': {
        const kind = i % 4;
        return {
          op,
          variables: {
            q: kind === 0 ? r.pick(TERMS) : null,
            lots: kind === 1 ? [r.pick(['digital-outcomes', 'digital-specialists', 'user-research-participants'])] : null,
            filters: kind === 2 ? { statusOpenClosed: ['open'] } : {},
            page: 1,
          },
        };
      }
      default:
        return { op, variables: { id: String(r.pick(briefIds)) } };
    }
  });
}

/** Buyers against our API: each request the next visit of a shared, seeded sequence. */
export function buyersOnApi(visits: Visit[]): Persona {
  const queries = new Map(BUYER_MIX.map(([op]) => [op, spaOperation(op)]));
  let next = 0;
  return {
    steps: 1,
    call: () => {
      const v = visits[next++ % visits.length]!;
      return { op: v.op, path: '/graphql', body: JSON.stringify({ operationName: v.op, variables: v.variables, query: queries.get(v.op) }) };
    },
  };
}

/** The same visits, in the same order, against the hand-written baseline. */
export function buyersOnBaseline(visits: Visit[]): Persona {
  let next = 0;
  return {
    steps: 1,
    call: () => {
      const v = visits[next++ % visits.length]!;
      return { op: v.op, path: `/${v.op}`, body: JSON.stringify({ variables: v.variables }) };
    },
  };
}

/** The session cookie a sign-in answer sets. */
const sessionCookie = (headers: Record<string, string | string[]>): string | undefined => {
  const set = headers['set-cookie'];
  const first = (Array.isArray(set) ? set : set ? [set] : []).find((c) => c.startsWith('dm_session='));
  return first?.split(';')[0];
};

/**
 * Suppliers: sign in (the SPA's SignIn mutation, which sets the session cookie), then save
 * `saves` pages of their draft service one after another; then the next login in turn signs in.
 */
export function suppliers(logins: SupplierLogin[], pages: Map<string, DraftPage[]>, password: string, saves: number): Persona {
  const signIn = spaOperation('SignIn');
  let nextLogin = 0;
  return {
    steps: 1 + saves,
    call(step: number, session: Session): Call {
      if (step === 0) {
        const login = logins[nextLogin++ % logins.length]!;
        session.login = login;
        return { op: 'SignIn', path: '/graphql', body: JSON.stringify({ operationName: 'SignIn', variables: { input: { email: login.email, password } }, query: signIn }) };
      }
      const login = session.login as SupplierLogin;
      const lotPages = pages.get(login.lot)!;
      const answers = lotPages[(step - 1) % lotPages.length]!;
      return {
        op: 'UpdateDraftService',
        path: '/graphql',
        body: JSON.stringify({ operationName: 'UpdateDraftService', variables: { id: String(login.draftId), answers }, query: SAVE_DRAFT_PAGE }),
        headers: session.cookie ? { cookie: String(session.cookie) } : {},
      };
    },
    seen(step, _body, headers, session) {
      if (step === 0) session.cookie = sessionCookie(headers);
    },
  };
}
