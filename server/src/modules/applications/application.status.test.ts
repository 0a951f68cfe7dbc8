import { describe, expect, it } from 'vitest';
import { ApplicationStatus, applicationStatus } from './application.status.js';
import { DeclarationStatus } from './supplier-framework.entity.js';

describe('applicationStatus', () => {
  const made = { declarationStatus: DeclarationStatus.COMPLETE, completedDrafts: 1, companyDetailsConfirmed: true };
  it('needs a complete declaration, a completed service and confirmed company details', () => {
    expect(applicationStatus(made)).toBe(ApplicationStatus.APPLICATION);
    expect(applicationStatus({ ...made, declarationStatus: DeclarationStatus.STARTED })).toBe(ApplicationStatus.NO_APPLICATION);
    expect(applicationStatus({ ...made, completedDrafts: 0 })).toBe(ApplicationStatus.NO_APPLICATION);
    expect(applicationStatus({ ...made, companyDetailsConfirmed: false })).toBe(ApplicationStatus.NO_APPLICATION);
  });
});
