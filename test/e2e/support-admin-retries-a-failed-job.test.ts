import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AdminHomePage } from './pages/AdminPages.js';
import { AdminOperationsPages } from './pages/AdminOperationsPages.js';
import { SignInPage } from './pages/SignInPage.js';
import { DEMO_PASSWORD, signInOverApi } from './support/api.js';
import { launchBrowser, screenshot } from './support/browser.js';
import { failJobForReal } from './support/jobs.js';

/*
 * A search rebuild asked for an index that does not exist: a payload the stack's real worker
 * refuses (NOT_FOUND), on a queue without retries, so the job fails at once and is dead-lettered.
 * The support admin finds it from the home count, retries it (it runs again, and fails again for
 * the same reason), then discards it. Nothing else in the stack reads this job.
 */
const QUEUE = 'search.rebuild';
const ALIAS = 'services-no-such-framework-ops-journey';
const ADMIN = 'admin@crowncommercial.gov.uk';

const JOB = '{ id state attempts lastError }';
type Job = { id: string; state: string; attempts: number; lastError: string | null };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a support admin retries a failed background job', () => {
  it('sees the failed job counted on the home page and listed with its error, retries it, then discards it', { timeout: 180_000 }, async () => {
    const adminUrl = inject('adminUrl');
    const failed = await failJobForReal(QUEUE, { alias: ALIAS });
    expect(failed.error).toBe(`Search index '${ALIAS}' was not found`);

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.open(adminUrl);
      await signIn.signIn(ADMIN, DEMO_PASSWORD);
      const home = new AdminHomePage(page);
      await home.waitFor('support admin home page with a failed job');
      const count = page
        .getByTestId('admin-tasks')
        .locator('li')
        .filter({ has: page.getByRole('link', { name: 'Background jobs', exact: true }) })
        .getByTestId('task-count');
      await expect(count.innerText()).resolves.toMatch(/^\d+ failed jobs?/);
      await screenshot(page, 'admin-home-failed-jobs');

      // The jobs page: the queue's counts, the failed job with its error and its dead-letter copy.
      await home.task('Background jobs').click();
      const ops = new AdminOperationsPages(page);
      await ops.waitForJobs('background jobs with a failed job');
      const row = await ops.failedJob(failed.id);
      expect(row[0]).toBe(QUEUE);
      expect(row[1]).toContain('Run 1 of 1');
      expect(row[1]).toContain(ALIAS);
      expect(row[1]).toContain('Copied to the dead-letter queue');
      expect(row[3]).toBe(`Search index '${ALIAS}' was not found`);
      expect(Number((await ops.queueCounts(QUEUE))[4])).toBeGreaterThanOrEqual(1);
      await page.getByTestId('dead-letter-jobs').locator('tbody tr').filter({ hasText: ALIAS }).first().waitFor();
      await screenshot(page, 'admin-background-jobs');

      // Retry: a confirmation with what the job is, then back to the list.
      await ops.openAction(failed.id, 'Retry', 'retry a failed job');
      expect(await ops.confirmationSummary()).toMatchObject({ Queue: QUEUE, Job: failed.id, State: 'Failed', Runs: 'Run 1 of 1', 'Last error': failed.error });
      await screenshot(page, 'admin-retry-job');
      await ops.confirm('Retry');
      await ops.waitForJobs('background jobs after a retry');
      expect(await ops.flash()).toBe('The job will run again');

      // The API confirms the job ran again (one more run allowed, used) and failed for the same reason.
      const api = await signInOverApi(adminUrl, ADMIN);
      const job = async () =>
        (await api.gql<{ backgroundJob: Job }>(`query ($q: String!, $id: ID!) { backgroundJob(queue: $q, id: $id) ${JOB} }`, { q: QUEUE, id: failed.id })).backgroundJob;
      for (let i = 0; i < 60 && (await job()).attempts < 2; i++) await page.waitForTimeout(500);
      expect(await job()).toMatchObject({ state: 'FAILED', attempts: 2, lastError: failed.error });

      // It is listed again (the page refreshes itself): this time it is discarded.
      await page.reload();
      await ops.waitForJobs('background jobs with the job failed again');
      expect((await ops.failedJob(failed.id))[1]).toContain('Run 2 of 2');
      await ops.openAction(failed.id, 'Discard', 'discard a failed job');
      await screenshot(page, 'admin-discard-job');
      await ops.confirm('Discard');
      await ops.waitForJobs('background jobs after a discard');
      expect(await ops.flash()).toBe('The job was discarded');
      expect(await ops.failedJobIds()).not.toContain(failed.id);

      // The API: the job and its dead-letter copy are gone; the retry and the discard are audited.
      await expect(api.gql(`query ($q: String!, $id: ID!) { backgroundJob(queue: $q, id: $id) { id } }`, { q: QUEUE, id: failed.id })).rejects.toThrow(/not found/);
      const overview = await api.gql<{ backgroundJobs: { deadLettered: Array<{ sourceId: string | null }> } }>('{ backgroundJobs { deadLettered { sourceId } } }');
      expect(overview.backgroundJobs.deadLettered.map((j) => j.sourceId)).not.toContain(failed.id);
      const audit = await api.gql<{ auditEvents: { nodes: Array<{ type: string; actorEmail: string | null }> } }>(
        'query ($id: String!) { auditEvents(objectType: "Job", objectId: $id) { nodes { type actorEmail } } }',
        { id: failed.id },
      );
      expect(audit.auditEvents.nodes).toEqual([
        { type: 'DISCARD_JOB', actorEmail: ADMIN },
        { type: 'RETRY_JOB', actorEmail: ADMIN },
      ]);
    } finally {
      await context.close();
    }
  });
});
