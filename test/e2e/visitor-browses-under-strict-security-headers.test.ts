import { describe, expect, inject, it } from 'vitest';
import { HomePage } from './pages/HomePage.js';
import { SearchPage } from './pages/SearchPage.js';
import { useBrowserPage } from './support/browser.js';

const browser = useBrowserPage();

describe('a visitor browses both sites under strict security headers (Chromium → SPA servers → API)', () => {
  it('gets a strict CSP, no framing, nosniff, a referrer and a permissions policy from both SPA servers', async () => {
    for (const url of [inject('webUrl'), inject('adminUrl')]) {
      const res = await fetch(`${url}/`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/style-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      // http in tests: HSTS only for https sites.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('renders the home and search pages, live updates included, with no CSP violation', async () => {
    const violations: string[] = [];
    browser.page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
    });
    const home = new HomePage(browser.page);
    await home.open(inject('webUrl'));
    // The start-up script (a file, not inline) ran before the page rendered.
    await expect(browser.page.locator('body').getAttribute('class')).resolves.toMatch(/js-enabled govuk-frontend-supported/);
    const search = new SearchPage(browser.page);
    await search.open(`${inject('webUrl')}/g-cloud/search?q=cloud`);
    await search.waitForSummary(/results? found/);
    // The results-changed notice listens on the WebSocket: give it a moment to connect under the CSP.
    await browser.page.waitForTimeout(500);
    expect(violations).toEqual([]);
  });

  it('answers an oversized request through an SPA /graphql proxy with the API’s 413, not a 502', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } });
    const res = await fetch(`${inject('webUrl')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/too large/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });
});
