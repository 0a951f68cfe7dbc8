import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tasksFor } from '../../app/tasks';
import { AgreementDetails, SupplierDetails } from './AgreementPage';
import { ACTIONS, actionsFor, addressLine, afterAction, organisation, statusFilter, type AdminAgreement } from './agreements';

afterEach(cleanup);

const agreement = (over: Partial<AdminAgreement> = {}): AdminAgreement => ({
  id: '7',
  status: 'SIGNED',
  signedAt: '2026-11-30T10:15:00Z',
  signerName: 'Kit Kestrel',
  signerRole: 'Managing Director',
  agreementVersion: 'RM1557.13',
  putOnHoldAt: null,
  approvedAt: null,
  countersignedAt: null,
  countersignerName: null,
  countersignerRole: null,
  supplier: {
    id: '22',
    name: 'Kestrel Platforms',
    companyDetails: {
      registeredName: 'Kestrel Platforms Ltd',
      companiesHouseNumber: null,
      otherCompanyRegistrationNumber: 'FR-42',
      dunsNumber: '100000022',
      registeredAddress: { address1: '1 Example Street', city: ' ', postcode: 'MK1 1AA' },
    },
  },
  signaturePage: null,
  countersignedAgreement: null,
  ...over,
});

const rows = (testId: string) =>
  Object.fromEntries(
    within(screen.getByTestId(testId))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

describe('the agreement actions', () => {
  it('are sourcing’s alone, and only those the agreement’s status allows', () => {
    expect(actionsFor('ADMIN_CCS_SOURCING', 'SIGNED')).toEqual(['approve', 'put-on-hold']);
    expect(actionsFor('ADMIN_CCS_SOURCING', 'ON_HOLD')).toEqual(['approve']);
    expect(actionsFor('ADMIN_CCS_SOURCING', 'APPROVED')).toEqual(['countersign', 'cancel-approval']);
    expect(actionsFor('ADMIN_CCS_SOURCING', 'COUNTERSIGNED')).toEqual([]);
    for (const role of ['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY', 'ADMIN'] as const)
      for (const status of Object.keys(ACTIONS) as Array<keyof typeof ACTIONS>) expect(actionsFor(role, status), `${role} ${status}`).toEqual([]);
  });

  it('move on to the next agreement of the list shown after putting on hold or approving, and stay after the others', () => {
    const shown = [{ id: '1' }, { id: '7' }, { id: '9' }];
    expect(afterAction('put-on-hold', '7', shown)).toEqual({ next: '9' });
    expect(afterAction('approve', '1', shown)).toEqual({ next: '7' });
    // After the last one, or one the filtered list did not show: back to the list.
    expect(afterAction('approve', '9', shown)).toEqual({ next: null });
    expect(afterAction('put-on-hold', '5', shown)).toEqual({ next: null });
    expect(afterAction('countersign', '7', shown)).toBe('same');
    expect(afterAction('cancel-approval', '7', shown)).toBe('same');
  });
});

describe('the status filter', () => {
  it('is read from the address for sourcing only; an unknown status is refused', () => {
    expect(statusFilter('on-hold', 'ADMIN_CCS_SOURCING')).toEqual({ status: 'ON_HOLD' });
    expect(statusFilter('countersigned', 'ADMIN_CCS_SOURCING')).toEqual({ status: 'COUNTERSIGNED' });
    expect(statusFilter(null, 'ADMIN_CCS_SOURCING')).toEqual({ status: null });
    expect(statusFilter('', 'ADMIN_CCS_SOURCING')).toEqual({ status: null });
    expect(statusFilter('ON_HOLD', 'ADMIN_CCS_SOURCING')).toBe('invalid');
    expect(statusFilter('on-hold', 'ADMIN_FRAMEWORK_MANAGER')).toEqual({ status: null });
  });
});

describe('the agreements task', () => {
  it('is on the home page of the four roles §3 gives it to', () => {
    const has = (role: Parameters<typeof tasksFor>[0]) => tasksFor(role).some((g) => g.tasks.some((t) => t.id === 'agreements'));
    expect(['ADMIN_FRAMEWORK_MANAGER', 'ADMIN_CCS_SOURCING', 'ADMIN_CCS_DATA_CONTROLLER', 'ADMIN_CCS_CATEGORY'].every((r) => has(r as never))).toBe(true);
    expect(has('ADMIN')).toBe(false);
    expect(has('ADMIN_MANAGER')).toBe(false);
  });
});

describe('the agreement page', () => {
  it('shows the company the agreement is with, leaving out missing parts of its address', () => {
    render(<SupplierDetails agreement={agreement()} />);
    expect(rows('agreement-supplier')).toEqual({
      'Trading name': 'Kestrel Platforms',
      'Registered name': 'Kestrel Platforms Ltd',
      'Registered address': '1 Example Street, MK1 1AA',
      'Company registration number': 'FR-42',
      'DUNS number': '100000022',
    });
    expect(addressLine(null)).toBe('');
    expect(organisation(agreement({ supplier: { ...agreement().supplier, companyDetails: null } }))).toBe('Kestrel Platforms');
  });

  it('says a signed agreement waits for approval, with its signature page still being made and nothing countersigned', () => {
    render(<AgreementDetails agreement={agreement()} />);
    const r = rows('agreement-details');
    expect(r.Status).toBe('Waiting for approval');
    expect(r['Signed by']).toBe('Kit Kestrel, Managing Director');
    expect(r['Legal authority']).toMatch(/legal authority to sign on behalf of the company/);
    expect(r['Signed agreement']).toBe('The signature page is being made; try again in a minute');
    expect(r['Countersigned agreement']).toBe('Not countersigned yet');
    expect(r).not.toHaveProperty('Countersigner');
  });

  it('gives a countersigned agreement’s documents as downloads, and who countersigned it', () => {
    const doc = (id: string, fileName: string, downloadUrl: string | null) => ({ id, fileName, size: 2048, downloadUrl });
    render(
      <AgreementDetails
        agreement={agreement({
          status: 'COUNTERSIGNED',
          approvedAt: '2026-12-01T09:00:00Z',
          countersignedAt: '2026-12-02T09:00:00Z',
          countersignerName: 'Jo Director',
          countersignerRole: 'Director of Procurement',
          signaturePage: doc('a', 'g-cloud-13-signature-page-22.pdf', '/documents/a/g-cloud-13-signature-page-22.pdf?sig=1'),
          countersignedAgreement: doc('b', 'g-cloud-13-countersigned-agreement-22.pdf', null),
        })}
      />,
    );
    const r = rows('agreement-details');
    expect(r.Status).toBe('Countersigned');
    expect(r.Countersigner).toBe('Jo Director, Director of Procurement');
    expect(r['Countersigned on']).toBe('2 December 2026');
    const link = screen.getByRole('link', { name: /Download the signature page/ });
    expect(link.getAttribute('href')).toBe('/documents/a/g-cloud-13-signature-page-22.pdf?sig=1');
    expect(link.textContent).toContain('(PDF, 2 KB)');
    // Not scanned yet: no link, and says so.
    expect(r['Countersigned agreement']).toBe('The countersigned agreement is being checked; try again in a minute');
  });
});
