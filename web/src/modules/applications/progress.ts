import type { DeclarationStatus } from '../../gql/graphql';

// Where a supplier's application stands (dm-journeys S5), worked out from the application and its
// draft services: each task's status, and the services by lot.

export type TaskState = 'CANNOT_START' | 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface ApplicationFacts {
  applicationCompanyDetailsConfirmed: boolean;
  declarationStatus: DeclarationStatus;
}

export interface DraftFacts {
  status: string;
  lot: { slug: string };
}

/** 1. Company details: confirmed for this application; given before (confirmed for another) but not for this one; or not yet. */
export function companyDetailsState(application: ApplicationFacts, confirmedBefore: boolean): TaskState {
  if (application.applicationCompanyDetailsConfirmed) return 'COMPLETED';
  return confirmedBefore ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** 2. The declaration, which waits for the company details. */
export function declarationState(application: ApplicationFacts): TaskState {
  if (!application.applicationCompanyDetailsConfirmed) return 'CANNOT_START';
  return application.declarationStatus === 'COMPLETE' ? 'COMPLETED' : application.declarationStatus === 'STARTED' ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** 3. Services, which also wait for the company details: in progress while any is a draft; done once some are complete and none is. */
export function servicesState(application: ApplicationFacts, drafts: readonly DraftFacts[]): TaskState {
  if (!application.applicationCompanyDetailsConfirmed) return 'CANNOT_START';
  if (!drafts.length) return 'NOT_STARTED';
  return drafts.some((d) => d.status !== 'SUBMITTED') ? 'IN_PROGRESS' : 'COMPLETED';
}

export interface LotCount {
  slug: string;
  name: string;
  drafts: number;
  complete: number;
}

/** Each lot of the framework with the supplier's services on it: how many are drafts and how many are complete. */
export function countsByLot(lots: ReadonlyArray<{ slug: string; name: string }>, drafts: readonly DraftFacts[]): LotCount[] {
  return lots.map((lot) => {
    const own = drafts.filter((d) => d.lot.slug === lot.slug);
    const complete = own.filter((d) => d.status === 'SUBMITTED').length;
    return { slug: lot.slug, name: lot.name, drafts: own.length - complete, complete };
  });
}

/** "1 service", "3 services". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
