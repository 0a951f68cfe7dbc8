import { registerEnumType } from 'type-graphql';

export enum BriefStatus {
  DRAFT = 'draft',
  LIVE = 'live',
  CLOSED = 'closed',
  WITHDRAWN = 'withdrawn',
  AWARDED = 'awarded',
  CANCELLED = 'cancelled',
  UNSUCCESSFUL = 'unsuccessful',
}
registerEnumType(BriefStatus, {
  name: 'BriefStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written; only its buyers see it.' },
    LIVE: { description: 'Published and open for applications.' },
    CLOSED: { description: 'Applications closed; no outcome yet.' },
    WITHDRAWN: { description: 'Withdrawn by the buyer while live.' },
    AWARDED: { description: 'A supplier was awarded the contract.' },
    CANCELLED: { description: 'The requirement was cancelled after closing.' },
    UNSUCCESSFUL: { description: 'No suitable supplier was found.' },
  },
});

/** The timestamps a brief's status is derived from. */
export interface BriefStatusFacts {
  publishedAt?: Date | null;
  applicationsClosedAt?: Date | null;
  withdrawnAt?: Date | null;
  cancelledAt?: Date | null;
  unsuccessfulAt?: Date | null;
  /** A response to the brief has been awarded the contract. */
  hasAwardedResponse: boolean;
}

/** dm-api §3.2, first match wins. `briefStatusSql` is the same rule for the database. */
export function briefStatus(f: BriefStatusFacts, now: Date): BriefStatus {
  if (f.withdrawnAt) return BriefStatus.WITHDRAWN;
  if (!f.publishedAt) return BriefStatus.DRAFT;
  if (f.applicationsClosedAt && f.applicationsClosedAt.getTime() > now.getTime()) return BriefStatus.LIVE;
  if (f.cancelledAt) return BriefStatus.CANCELLED;
  if (f.unsuccessfulAt) return BriefStatus.UNSUCCESSFUL;
  if (f.hasAwardedResponse) return BriefStatus.AWARDED;
  return BriefStatus.CLOSED;
}

/** The status as a SQL expression over `briefs` aliased `alias`, with `now` as its one bound parameter. */
export function briefStatusSql(alias: string): string {
  return `(case
    when ${alias}.withdrawn_at is not null then 'withdrawn'
    when ${alias}.published_at is null then 'draft'
    when ${alias}.applications_closed_at > ? then 'live'
    when ${alias}.cancelled_at is not null then 'cancelled'
    when ${alias}.unsuccessful_at is not null then 'unsuccessful'
    when exists (select 1 from brief_responses r where r.brief_id = ${alias}.id and r.awarded_at is not null) then 'awarded'
    else 'closed' end)`;
}

/** The opportunities list order: live first, then finished ones, then the rest; newest first within. */
export const STATUS_BUCKET: Record<BriefStatus, number> = {
  [BriefStatus.LIVE]: 0,
  [BriefStatus.CLOSED]: 1,
  [BriefStatus.AWARDED]: 1,
  [BriefStatus.CANCELLED]: 1,
  [BriefStatus.UNSUCCESSFUL]: 1,
  [BriefStatus.DRAFT]: 2,
  [BriefStatus.WITHDRAWN]: 2,
};
