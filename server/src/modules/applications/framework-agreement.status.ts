import { registerEnumType } from 'type-graphql';

export enum AgreementStatus {
  SIGNED = 'signed',
  ON_HOLD = 'on-hold',
  APPROVED = 'approved',
  COUNTERSIGNED = 'countersigned',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

/** Derived from the timestamps, first match wins (dm-api §2.7). */
export function agreementStatus(a: { countersignedAt?: Date | null; approvedAt?: Date | null; putOnHoldAt?: Date | null }): AgreementStatus {
  if (a.countersignedAt) return AgreementStatus.COUNTERSIGNED;
  if (a.approvedAt) return AgreementStatus.APPROVED;
  if (a.putOnHoldAt) return AgreementStatus.ON_HOLD;
  return AgreementStatus.SIGNED;
}
