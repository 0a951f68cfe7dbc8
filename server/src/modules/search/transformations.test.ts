import { describe, expect, it } from 'vitest';
import { FrameworkContent } from '../frameworks/content/catalogue.js';
import { BRIEF_TRANSFORMATIONS, serviceTransformations, transform } from './transformations.js';

const content = new FrameworkContent();

describe('document transformations', () => {
  it('hash, set and append as the original processors do', () => {
    const doc = transform({ id: '999999999', status: 'live', lots: 'a' }, [
      { hash_to: { field: 'id', target_field: 'serviceIdHash' } },
      { set_conditionally: { field: 'status', target_field: 'open', any_of: ['live'], set_value: true } },
      { append_conditionally: { field: 'lots', any_of: ['a'], append_value: ['parent'] } },
      { append_conditionally: { field: 'missing', any_of: ['a'], append_value: ['never'] } },
    ]);
    expect(doc).toEqual({ id: '999999999', serviceIdHash: 'bb421fa35db885ce507b0ef5c3f23cb09c62eb378fae3641c165bdf4c0272949', status: 'live', open: true, lots: ['a', 'parent'] });
  });

  it('give G-Cloud 13 services their parent categories, derived support categories and "at least" values', () => {
    const rules = serviceTransformations(content, 'g-cloud-13');
    const software = transform({ id: '1', serviceCategories: ['Payroll'] }, rules);
    expect(software.serviceCategories).toEqual(expect.arrayContaining(['Payroll', 'Accounting and finance', 'Human resources and employee management']));
    const support = transform({ id: '2', planningService: true, training: false }, rules);
    expect(support.serviceCategories).toEqual(['Planning']);
    const ticketing = transform({ id: '3', emailOrTicketingSupport: 'yes_extra_cost' }, rules);
    expect(ticketing.emailOrTicketingSupport).toEqual(expect.arrayContaining(['yes_extra_cost', 'yes']));
    // the demo G-Cloud 14 uses G-Cloud 13's content, so its rules too
    expect(serviceTransformations(content, 'g-cloud-14')).toEqual(rules);
  });

  it('mark opportunities open or closed; drafts and withdrawn ones neither', () => {
    expect(transform({ id: 1, status: 'live' }, BRIEF_TRANSFORMATIONS).statusOpenClosed).toBe('open');
    expect(transform({ id: 1, status: 'awarded' }, BRIEF_TRANSFORMATIONS).statusOpenClosed).toBe('closed');
    expect(transform({ id: 1, status: 'withdrawn' }, BRIEF_TRANSFORMATIONS)).not.toHaveProperty('statusOpenClosed');
  });
});
