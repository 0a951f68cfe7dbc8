import 'reflect-metadata';
import { loadConfigOrExit } from './app/config.js';
import { JobQueue, selectWork } from './app/jobs.js';
import { createMailer } from './app/mailer.js';
import { onShutdown, openRuntime } from './app/runtime.js';
import { composeWorker } from './composition.js';
import { FrameworkContent } from './modules/frameworks/content/catalogue.js';
import { entities, handlers, jobs as jobDefinitions } from './modules/index.js';
import { createSearchIndex } from './modules/search/index.js';

/** The job worker: runs every module's job handlers and the cron schedules. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // The process's framework content, parsed on first use and shared by every job and handler.
  const content = new FrameworkContent();
  const search = createSearchIndex(config, content);
  const runtime = await openRuntime(config, 'worker', entities);
  const { logger, orm, clock } = runtime;
  try {
    const jobs = await JobQueue.start({ connectionString: runtime.db.url, logger, supervise: true });
    const mailer = createMailer(config.SMTP_URL, config.MAIL_FROM);
    // Every module's jobs, and the domain events reaching their handlers, each at its own position (see app/events.ts).
    const dispatcher = await composeWorker({ orm, clock, logger, config, jobs, search, content, mailer, concurrency: config.WORKER_CONCURRENCY });
    if (!config.CLAMD_ADDRESS) logger.warn('no virus scanner (CLAMD_ADDRESS unset): uploaded documents wait, not yet scanned, and cannot be downloaded');
    const work = selectWork(
      config.WORKER_JOBS,
      jobDefinitions.map((j) => j.name),
    );
    logger.info({ queues: [...work.jobs], handlers: work.events ? handlers.map((h) => h.name) : [], email: mailer ? 'smtp' : 'development outbox' }, 'worker ready');
    onShutdown(logger, async () => {
      await dispatcher.stop();
      await jobs.stop();
      mailer?.close();
      await runtime.close();
    });
  } catch (e) {
    await runtime.close();
    throw e;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`Worker failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
