import { registerEnumType } from 'type-graphql';
import { DeclarationStatus } from './supplier-framework.entity.js';

export enum ApplicationStatus {
  APPLICATION = 'application',
  NO_APPLICATION = 'no_application',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  valuesConfig: { APPLICATION: { description: 'Declaration complete, at least one service completed, company details confirmed.' } },
});

/** An application was made when the declaration is complete, a service was completed and company details confirmed. */
export function applicationStatus(facts: { declarationStatus: DeclarationStatus; completedDrafts: number; companyDetailsConfirmed: boolean }): ApplicationStatus {
  return facts.declarationStatus === DeclarationStatus.COMPLETE && facts.completedDrafts > 0 && facts.companyDetailsConfirmed
    ? ApplicationStatus.APPLICATION
    : ApplicationStatus.NO_APPLICATION;
}
