import { describe, expect, it } from 'vitest';
import { applicationResult, addressLines } from './SupplierPage';
import { searchErrors, searchFromParams, searchParams, searchVariables } from './search';

describe('supplier search (AD1)', () => {
  it('reads a search from the address, and none when the kind or the words are missing', () => {
    expect(searchFromParams(new URLSearchParams('by=duns&q=%20100000004%20'))).toEqual({ by: 'duns', query: '100000004' });
    expect(searchFromParams(new URLSearchParams('by=name&q=%20'))).toBeNull();
    expect(searchFromParams(new URLSearchParams('by=email&q=x'))).toBeNull();
    expect(searchFromParams(new URLSearchParams('q=x'))).toBeNull();
    expect(searchFromParams(new URLSearchParams(searchParams({ by: 'number', query: ' SC 654321 ' })))).toEqual({ by: 'number', query: 'SC 654321' });
  });

  it('asks the API with the argument each kind of search needs', () => {
    expect(searchVariables({ by: 'name', query: ' northern ' })).toEqual({ name: 'northern' });
    expect(searchVariables({ by: 'duns', query: '100000004' })).toEqual({ dunsNumber: '100000004' });
    expect(searchVariables({ by: 'number', query: 'SC654321' })).toEqual({ companyRegistrationNumber: 'SC654321' });
  });

  it('refuses an empty search, and a DUNS number that is not 9 digits, naming what to enter', () => {
    expect(searchErrors('name', '  ')).toEqual({ q: 'Enter a name, DUNS number or company registration number' });
    expect(searchErrors('duns', '')).toEqual({ q: 'Enter a DUNS number' });
    expect(searchErrors('number', '')).toEqual({ q: 'Enter a company registration number' });
    expect(searchErrors('duns', '12345')).toEqual({ q: 'A DUNS number is 9 digits' });
    expect(searchErrors('duns', '100 000 004')).toEqual({});
    expect(searchErrors(undefined, 'x')).toEqual({ by: 'Choose what to search by' });
    expect(searchErrors('name', 'Northern')).toEqual({});
  });
});

describe('supplier details (AD2)', () => {
  it('says where a supplier stands on a framework', () => {
    expect(applicationResult({ onFramework: true, applicationStatus: 'APPLICATION', declarationStatus: 'COMPLETE' }).text).toBe('On the framework');
    expect(applicationResult({ onFramework: false, applicationStatus: 'APPLICATION', declarationStatus: 'COMPLETE' }).text).toBe('Not on the framework');
    expect(applicationResult({ onFramework: null, applicationStatus: 'APPLICATION', declarationStatus: 'COMPLETE' }).text).toBe('Application made');
    expect(applicationResult({ onFramework: null, applicationStatus: 'NO_APPLICATION', declarationStatus: 'STARTED' }).text).toBe('Application started');
    expect(applicationResult({ onFramework: null, applicationStatus: 'NO_APPLICATION', declarationStatus: 'UNSTARTED' }).text).toBe('Interested');
  });

  it('leaves out the address lines not given', () => {
    expect(addressLines({ address1: '1 High Street', city: null, postcode: 'LS1 1AA' })).toEqual(['1 High Street', 'LS1 1AA']);
    expect(addressLines({ address1: null, city: null, postcode: null })).toEqual([]);
  });
});

describe('a supplier’s frameworks from its services (roles that do not see applications)', () => {
  it('lists each framework once, in order, with how many services it has', async () => {
    const { frameworksFromServices } = await import('./SupplierPage');
    const fw = (slug: string) => ({ framework: { slug, name: slug.toUpperCase(), status: 'LIVE' as const } });
    expect(frameworksFromServices([fw('g-cloud-13'), fw('dos-5'), fw('g-cloud-13')])).toEqual([
      { slug: 'g-cloud-13', name: 'G-CLOUD-13', status: 'LIVE', services: 2 },
      { slug: 'dos-5', name: 'DOS-5', status: 'LIVE', services: 1 },
    ]);
    expect(frameworksFromServices([])).toEqual([]);
  });
});
