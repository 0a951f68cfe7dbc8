import { describe, expect, it } from 'vitest';
import { cleanState, pageOf, toggleFilter, toParams } from './searchUrl';

const groups = [
  { slug: 'categories', filters: [{ key: 'serviceCategories', options: [{ value: 'accounting and finance', children: [{ value: 'payroll' }] }] }] },
  { slug: null, filters: [{ key: 'phoneSupport', options: [{ value: 'true' }] }] },
];

describe('search state in the URL', () => {
  it('keeps only a valid lot and the filter values on offer', () => {
    const state = cleanState(
      new URLSearchParams('q=+email+&lot=cloud-software&serviceCategories=payroll&serviceCategories=nonsense&colour=blue&phoneSupport=true&page=2'),
      ['cloud-software'],
      groups,
    );
    expect(state).toEqual({ q: 'email', lot: 'cloud-software', page: 2, filters: { serviceCategories: ['payroll'], phoneSupport: ['true'] }, parentCategory: null });
    expect(cleanState(new URLSearchParams('lot=cloud-everything'), ['cloud-software'], groups).lot).toBeNull();
  });

  it('rejects pages that are not positive whole numbers', () => {
    expect(['1', '2', '0', '-1', 'x', '1.5'].map((p) => pageOf(new URLSearchParams(`page=${p}`)))).toEqual([1, 2, null, null, null, null]);
    expect(pageOf(new URLSearchParams(''))).toBe(1);
  });

  it('writes a state back as repeated parameters, and toggling goes back to page one', () => {
    const state = { q: 'a b', lot: 'cloud-hosting', page: 3, filters: { metricsHow: ['api', 'real_time'] }, parentCategory: null };
    expect(toParams(state)).toBe('?q=a+b&lot=cloud-hosting&metricsHow=api&metricsHow=real_time&page=3');
    expect(toParams(toggleFilter(state, 'metricsHow', 'api', false))).toBe('?q=a+b&lot=cloud-hosting&metricsHow=real_time');
    expect(toParams({})).toBe('');
  });
});
