import 'reflect-metadata';
import { loadConfigOrExit } from './app/config.js';
import { JobQueue } from './app/jobs.js';
import { onShutdown, openRuntime } from './app/runtime.js';
import { registerHandlers } from './app/events.js';
import { schemasDir } from './commands/schemas.js';
import { composeApi } from './composition.js';
import { entities, handlers, jobs as jobDefinitions } from './modules/index.js';
import { FrameworkContent } from './modules/frameworks/content/catalogue.js';
import { SchemaRegistry } from './modules/frameworks/content/schema-registry.js';
import { createSearchIndex } from './modules/search/index.js';

/** The GraphQL API: HTTP and WebSocket on one port. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  // The process's framework content, parsed on first use and shared by every request.
  const content = new FrameworkContent();
  const search = createSearchIndex(config, content);
  // Every answer schema compiles before anything starts: an invalid one stops the API here.
  const schemas = new SchemaRegistry(schemasDir);
  const runtime = await openRuntime(config, 'api', entities);
  const { logger, orm, clock } = runtime;
  try {
    const jobs = await JobQueue.start({ connectionString: runtime.db.url, logger, supervise: false });
    await jobs.ensureQueues(jobDefinitions);
    // Handlers new in this deploy start before the first event this API records (see registerHandlers).
    await registerHandlers(orm.em.fork(), handlers);
    const app = await composeApi({ orm, clock, logger, config, jobs, search, content, schemas });
    const { url } = await app.listen(config.API_HOST, config.API_PORT);
    logger.info({ url: `${url}/graphql` }, 'API ready');
    onShutdown(logger, async () => {
      await app.close();
      await jobs.stop(5_000);
      await runtime.close();
    });
  } catch (e) {
    await runtime.close();
    throw e;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`API failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
