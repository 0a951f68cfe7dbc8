import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceGone } from './ServicePage';

afterEach(cleanup);

const heading = () => screen.getByTestId('service-gone').querySelector('.govuk-notification-banner__heading')!.textContent;

describe('a service buyers can no longer buy', () => {
  const gone = { serviceName: 'Cloud backup', supplierName: 'Backup Ltd', frameworkName: 'G-Cloud 13', unavailableSince: '2024-06-03T09:00:00.000Z' };

  it('says the marketplace removed it when an admin did, not the supplier', () => {
    render(<ServiceGone gone={{ ...gone, reason: 'REMOVED_BY_ADMIN' }} />);
    expect(heading()).toBe('This service was removed from the Digital Marketplace on 3 June 2024.');
  });

  it('says the supplier stopped offering it when the supplier removed it', () => {
    render(<ServiceGone gone={{ ...gone, reason: 'REMOVED_BY_SUPPLIER' }} />);
    expect(heading()).toBe('Backup Ltd stopped offering this service on 3 June 2024.');
  });

  it('says the framework expired', () => {
    render(<ServiceGone gone={{ ...gone, reason: 'FRAMEWORK_EXPIRED' }} />);
    expect(heading()).toBe('This G-Cloud 13 service is no longer available to buy.');
    expect(screen.getByText('The G-Cloud 13 framework expired on 3 June 2024.')).toBeTruthy();
  });
});
