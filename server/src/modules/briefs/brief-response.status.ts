import { registerEnumType } from 'type-graphql';

export enum BriefResponseStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  PENDING_AWARDED = 'pending-awarded',
  AWARDED = 'awarded',
}
registerEnumType(BriefResponseStatus, {
  name: 'BriefResponseStatus',
  valuesConfig: {
    PENDING_AWARDED: { description: 'Chosen as the winner; the buyer has not yet given the contract details.' },
  },
});

/** dm-api §3.3, first match wins; `briefResponseStatusSql` is the same rule for the database. */
export function briefResponseStatus(r: { awardedAt?: Date | null; awardDetails?: Record<string, unknown> | null; submittedAt?: Date | null }): BriefResponseStatus {
  if (r.awardedAt) return BriefResponseStatus.AWARDED;
  if (r.awardDetails && Object.keys(r.awardDetails).length) return BriefResponseStatus.PENDING_AWARDED;
  if (r.submittedAt) return BriefResponseStatus.SUBMITTED;
  return BriefResponseStatus.DRAFT;
}

export function briefResponseStatusSql(alias: string): string {
  return `(case
    when ${alias}.awarded_at is not null then 'awarded'
    when ${alias}.award_details::text not in ('{}', 'null') then 'pending-awarded'
    when ${alias}.submitted_at is not null then 'submitted'
    else 'draft' end)`;
}

/** Responses the buyer sees and counts: everything but drafts. */
export const COMPLETED_RESPONSE_STATUSES = [BriefResponseStatus.SUBMITTED, BriefResponseStatus.PENDING_AWARDED, BriefResponseStatus.AWARDED];
