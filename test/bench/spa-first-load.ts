/**
 * `pnpm bench:spa`: how fast the public SPA shows its first page, in real Chromium against the
 * running stack (started here, as the browser journeys do, unless WEB_URL points at one). Each run
 * opens a fresh browser context, so nothing is cached: a cold first visit. Prints the medians of
 * the first GraphQL request's start and of the results being on screen, from navigation start.
 * Not part of `pnpm test`; run `pnpm build` first.
 */
import { chromium } from 'playwright-core';
import { startStack, type RunningStack } from '../e2e/support/stack.js';

const RUNS = Number(process.env.RUNS ?? 9);
const PAGES = [{ path: '/g-cloud/search?q=cloud', visible: '[data-testid="search-summary"]' }];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  let stack: RunningStack | undefined;
  const webUrl = process.env.WEB_URL ?? (stack = await startStack()).webUrl;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const { path, visible } of PAGES) {
      const samples: Array<{ firstQuery: number; visible: number; js: number }> = [];
      // One unmeasured run first: the servers' own first-request costs are not the page's.
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${webUrl}${path}`, { waitUntil: 'commit' });
        // Polled every animation frame: the moment the browser could first paint the results.
        const shownAt = await (
          await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : 0), visible, { polling: 'raf', timeout: 30_000 })
        ).jsonValue();
        const timing = await page.evaluate(() => {
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          // Queries go over GET by hash (`/graphql?operationName=…`), mutations over POST (`/graphql`).
          const queries = resources.filter((r) => new URL(r.name).pathname === '/graphql');
          const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
          return { firstQuery: Math.min(...queries.map((r) => r.startTime)), js: scripts.reduce((sum, r) => sum + r.transferSize, 0) };
        });
        if (run > 0) samples.push({ firstQuery: timing.firstQuery, visible: shownAt, js: timing.js });
        await context.close();
      }
      const ms = (n: number) => `${Math.round(n)} ms`;
      console.log(`${path} (${RUNS} cold runs, medians)`);
      console.log(`  first GraphQL request starts  ${ms(median(samples.map((s) => s.firstQuery)))}`);
      console.log(`  results visible               ${ms(median(samples.map((s) => s.visible)))}`);
      console.log(`  JavaScript transferred        ${(median(samples.map((s) => s.js)) / 1024).toFixed(1)} kB`);
    }
  } finally {
    await browser.close();
    await stack?.stop();
  }
}

await main();
