import { describe, expect, it } from 'vitest';
import { domainAllowed, publiclyPurchasableSuffix } from './buyer-email-domain.entity.js';

describe('domainAllowed', () => {
  const allowed = ['gov.uk', 'example.gov.uk', 'nhs.net'];
  it('matches whole labels only, the most specific approved domain qualifying', () => {
    expect(domainAllowed('a@health.example.gov.uk', allowed)).toBe('example.gov.uk');
    expect(domainAllowed('a@cabinetoffice.gov.uk', allowed)).toBe('gov.uk');
    expect(domainAllowed('a@NHS.NET', allowed)).toBe('nhs.net');
    expect(domainAllowed('a@notgov.uk', allowed)).toBeUndefined();
    expect(domainAllowed('a@gov.uk.evil.com', allowed)).toBeUndefined();
  });
});

describe('publiclyPurchasableSuffix', () => {
  it('names a suffix anyone can buy under, but not an organisation’s domain beneath it', () => {
    expect(publiclyPurchasableSuffix('co.uk')).toBe('co.uk');
    expect(publiclyPurchasableSuffix('GMAIL.COM')).toBe('gmail.com');
    expect(publiclyPurchasableSuffix('council.co.uk')).toBeUndefined();
    expect(publiclyPurchasableSuffix('gov.uk')).toBeUndefined();
  });
});
