import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminOperationsPages } from './pages/AdminOperationsPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { checkA11y } from './support/axe.js';
import { launchBrowser, screenshot } from './support/browser.js';

/*
 * The support admin rebuilds the live G-Cloud services index (the stack's Postgres search engine:
 * dated physical indices behind the alias, as with OpenSearch), watches its progress arrive over the
 * searchIndexUpdates subscription, then rolls back to the index it replaced. Both indices hold the
 * same documents (the previous one is kept up to date), so other journeys' searches are unaffected.
 */
const ADMIN = 'admin@crowncommercial.gov.uk';

interface Alias {
  alias: string;
  indices: Array<{ physicalName: string; state: string; documents: number }>;
}
const INDICES = '{ searchIndices { alias indices { physicalName state documents } } }';
const active = (a: Alias) => a.indices.find((i) => i.state === 'active');
const previous = (a: Alias) => a.indices.find((i) => i.state === 'previous');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin rebuilds a search index', () => {
  it('rebuilds the services index with live progress, then rolls back to the index it replaced', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const api = await signInOverApi(adminUrl, ADMIN);
    const status = async (alias: string) => (await api.gql<{ searchIndices: Alias[] }>(INDICES)).searchIndices.find((a) => a.alias === alias)!;

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(ADMIN, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('support admin home page');
      await home.task('Search indices').click();
      const ops = new AdminOperationsPages(page);
      await ops.waitForIndices('search indices');

      // Every alias is listed; the live services index says what searches read and how many documents.
      const aliases = await ops.aliases();
      const alias = aliases.find((a) => a.startsWith('services-'))!;
      expect(alias).toBeTruthy();
      expect(aliases).toContain('briefs-digital-outcomes-and-specialists');
      const before = await status(alias);
      const was = active(before)!;
      const summary = await ops.indexSummary(alias);
      expect(summary['Searches read']).toBe(was.physicalName);
      expect(summary.Documents).toMatch(/^[\d,]+ documents?$/);
      await screenshot(page, 'admin-search-indices');

      // Rebuild: the progress region follows the feed, then the outcome banner says it is done.
      await ops.rebuild(alias);
      await expect(ops.progress(alias)).resolves.toMatch(/Rebuild requested|Rebuilding|Rebuilt/);
      // Checked as it shows (on the demo data the rebuild may be over within a second).
      await checkA11y(page, 'search indices while a rebuild runs');
      const outcome = await ops.rebuildOutcome('search indices after a rebuild');
      expect(outcome).toContain(`The ${alias} index was rebuilt. Searches now read the new index.`);
      await expect(ops.progress(alias)).resolves.toMatch(/^Rebuilt: ([\d,]+) of \1 records processed \(100%\)\.$/);
      await page.getByTestId(`index-${alias}`).getByText('kept up to date for a rollback').waitFor();
      await screenshot(page, 'admin-search-index-rebuilt');

      // The API: a new active index, with every document of the old one, which is kept as the previous one.
      const after = await status(alias);
      expect(active(after)!.physicalName).not.toBe(was.physicalName);
      expect(active(after)!.documents).toBe(was.documents);
      expect(previous(after)!.physicalName).toBe(was.physicalName);
      expect((await ops.indexSummary(alias))['Searches read']).toBe(active(after)!.physicalName);

      // Roll back, with a confirmation: searches read the original index again.
      await ops.rollBack(alias, 'roll back a search index');
      await screenshot(page, 'admin-roll-back-search-index');
      await ops.confirmRollBack();
      await ops.waitForIndices('search indices after a rollback');
      expect(await ops.flash()).toBe(`Searches of ${alias} now read ${was.physicalName}`);
      const rolledBack = await status(alias);
      expect(active(rolledBack)!.physicalName).toBe(was.physicalName);
      expect(previous(rolledBack)!.physicalName).toBe(active(after)!.physicalName);
    } finally {
      await context.close();
    }
  });
});
