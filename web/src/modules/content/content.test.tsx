import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { mostRelevant } from './BecomeASupplierPage';
import { COOKIE_POLICY_NAME, parseCookiePolicy } from './cookiePolicy';
import { SiteCookieBanner } from './SiteCookieBanner';
import { pageItems } from './SupplierAToZPage';
import { aToZHref, normalisePrefix, pageNumber, prefixLabel } from './suppliersAToZ';

const clearCookie = () => (document.cookie = `${COOKIE_POLICY_NAME}=; Max-Age=0; Path=/`);

describe('the cookie policy cookie', () => {
  it('reads the recorded choice, and treats anything unreadable as no choice', () => {
    expect(parseCookiePolicy(`a=1; ${COOKIE_POLICY_NAME}={"essential":true,"analytics":true}; b=2`)).toEqual({ essential: true, analytics: true });
    expect(parseCookiePolicy(`${COOKIE_POLICY_NAME}=%7B%22analytics%22%3Afalse%7D`)).toEqual({ essential: true, analytics: false });
    expect(parseCookiePolicy(`${COOKIE_POLICY_NAME}={broken`)).toBeNull();
    expect(parseCookiePolicy(`${COOKIE_POLICY_NAME}={"analytics":"yes"}`)).toBeNull();
    expect(parseCookiePolicy('other=1')).toBeNull();
  });
});

function Elsewhere() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate('/help')}>
      Go to help
    </button>
  );
}

describe('the cookie banner', () => {
  afterEach(() => {
    cleanup();
    clearCookie();
  });

  const renderAt = (path: string) =>
    render(
      <MemoryRouter initialEntries={[path]}>
        <SiteCookieBanner />
        <Routes>
          <Route path="*" element={<Elsewhere />} />
        </Routes>
      </MemoryRouter>,
    );

  it('asks until the visitor answers, confirms the answer on that page only, and records it', () => {
    renderAt('/');
    fireEvent.click(screen.getByRole('button', { name: 'Reject analytics cookies' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^You’ve rejected analytics cookies\./);
    expect(parseCookiePolicy(document.cookie)).toEqual({ essential: true, analytics: false });
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Go to help' })));
    expect(screen.queryByRole('region', { name: 'Cookies on Digital Marketplace' })).toBeNull();
  });

  it('is not shown once answered, nor on the cookies page', () => {
    renderAt('/cookies');
    expect(screen.queryByRole('region', { name: 'Cookies on Digital Marketplace' })).toBeNull();
    document.cookie = `${COOKIE_POLICY_NAME}={"essential":true,"analytics":true}; Path=/`;
    renderAt('/');
    expect(screen.queryByRole('region', { name: 'Cookies on Digital Marketplace' })).toBeNull();
  });
});

describe('the supplier A to Z', () => {
  it('normalises the letter as the original did and reads page numbers strictly', () => {
    expect([normalisePrefix('s'), normalisePrefix('Sx'), normalisePrefix('other'), normalisePrefix('9'), normalisePrefix(null)]).toEqual(['S', 'S', 'other', 'A', 'A']);
    expect(prefixLabel('other')).toBe('1–9');
    expect([pageNumber(null), pageNumber('2'), pageNumber('0'), pageNumber('-1'), pageNumber('1.5'), pageNumber('x')]).toEqual([1, 2, null, null, null, null]);
    expect([aToZHref('S'), aToZHref('S', 1), aToZHref('other', 3)]).toEqual([
      '/g-cloud/suppliers?prefix=S',
      '/g-cloud/suppliers?prefix=S',
      '/g-cloud/suppliers?prefix=other&page=3',
    ]);
  });

  it('numbers pages as GOV.UK does: first, last, the current one and its neighbours', () => {
    const numbers = (current: number, last: number) => pageItems(current, last, String).map((i) => (i.ellipsis ? '…' : `${i.number}${i.current ? '*' : ''}`));
    expect(numbers(1, 2)).toEqual(['1*', '2']);
    expect(numbers(5, 9)).toEqual(['1', '…', '4', '5*', '6', '…', '9']);
    expect(numbers(2, 6)).toEqual(['1', '2*', '3', '…', '6']);
  });
});

describe('become a supplier', () => {
  it('picks the iteration that matters: open, else coming, else the latest', () => {
    const f = (id: string, status: 'OPEN' | 'COMING' | 'LIVE' | 'EXPIRED' | 'PENDING') => ({ id, name: id, family: 'G_CLOUD' as const, status });
    expect(mostRelevant([f('12', 'EXPIRED'), f('13', 'LIVE'), f('14', 'OPEN')])?.id).toBe('14');
    expect(mostRelevant([f('13', 'LIVE'), f('15', 'COMING')])?.id).toBe('15');
    expect(mostRelevant([f('12', 'EXPIRED'), f('13', 'LIVE')])?.id).toBe('13');
    expect(mostRelevant([])).toBeUndefined();
  });
});
