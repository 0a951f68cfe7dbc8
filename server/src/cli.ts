import 'reflect-metadata';
import { loadConfigOrExit } from './app/config.js';
import { migrate } from './app/db.js';
import { createLogger } from './app/logger.js';
import { createClock, openDatabase } from './app/runtime.js';
import { initOrm } from './app/db.js';
import { diffMigrations } from './commands/migrations.js';
import { emitSchema, schemaFile } from './commands/schema.js';
import { generateSchemas } from './commands/schemas.js';
import { createDocumentStorage } from './app/storage/index.js';
import { seedAll } from './commands/seed.js';
import { runStack } from './commands/stack.js';
import { latestEmails } from './modules/notifications/notifications.service.js';
import { FrameworkContent } from './modules/frameworks/content/catalogue.js';
import { entities } from './modules/index.js';
import { createSearchIndex } from './modules/search/index.js';
import { indexStatus, knownAliases, rebuildIndex, rollbackIndex, type Indexing } from './modules/search/search.indices.js';
import { reindexAll } from './modules/search/search.sync.js';

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const commands: Record<string, { help: string; run(args: string[]): Promise<number | void> }> = {
  stack: {
    help: 'start the database, API, worker and both SPAs (the README run command)',
    run: async () => runStack(loadConfigOrExit()),
  },
  'db:migrate': {
    help: 'apply pending migrations',
    run: async () => withDatabase(async (orm) => out(`applied: ${(await migrate(orm)).join(', ') || 'nothing (up to date)'}`)),
  },
  'db:seed': {
    help: 'load reference data, and demo data unless DEMO_DATA=false (re-runnable)',
    run: async () => {
      const config = loadConfigOrExit();
      return withDatabase(async (orm, indexing) => {
        await migrate(orm);
        for (const line of await seedAll(orm, indexing, config.DEMO_DATA, createDocumentStorage(config))) out(line);
      });
    },
  },
  outbox: {
    help: 'show the newest emails (the development outbox when no SMTP_URL is set); optional count',
    run: async (args) =>
      withDatabase(async (orm) => {
        const emails = await latestEmails(orm.em.fork(), Math.min(Number(args[0] ?? 5) || 5, 50));
        if (!emails.length) out('No emails yet.');
        for (const e of emails.reverse()) {
          out(`── #${e.id} ${e.createdAt.toISOString()} [${e.status}] to ${e.to}\n   ${e.subject}\n`);
          out(e.text.replace(/^/gm, '   '));
          out('');
        }
      }),
  },
  'search:reindex': {
    help: 'apply every G-Cloud service and every published brief to the search index again (after a data load or an outage)',
    run: async () =>
      withDatabase(async (orm, indexing) => {
        const started = Date.now();
        const done = await reindexAll(orm.em.fork(), indexing);
        out(`indexed ${done.services} services and ${done.briefs} opportunities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }),
  },
  'search:rebuild': {
    help: 'build new dated search indices from the database and swap them in (optional alias, e.g. services-g-cloud-13; default all)',
    run: async (args) =>
      withDatabase(async (orm, indexing) => {
        const em = orm.em.fork();
        const aliases = args[0] ? [args[0]] : await knownAliases(em);
        for (const alias of aliases) {
          const started = Date.now();
          const done = await rebuildIndex(orm.em.fork(), indexing, alias, {
            onProgress: (p) => void process.stderr.write(`  ${alias}: ${p.indexed}/${p.total}\r`),
          });
          const seconds = (Date.now() - started) / 1000;
          out(`${alias}: ${done.indexed} documents into ${done.physicalName} in ${seconds.toFixed(1)} s (${Math.round(done.indexed / Math.max(seconds, 0.001))} docs/s)`);
        }
      }),
  },
  'search:rollback': {
    help: 'point an alias back at its previous index (argument: the alias)',
    run: async (args) => {
      if (!args[0]) {
        out('usage: search:rollback <alias>');
        return 2;
      }
      return withDatabase(async (orm, { search, clock }) => out(`${args[0]} now reads ${await rollbackIndex(orm.em.fork(), search, clock, args[0]!)}`));
    },
  },
  'search:status': {
    help: 'list every search alias with its physical indices, states and document counts',
    run: async () =>
      withDatabase(async (orm, { search }) => {
        for (const a of await indexStatus(orm.em.fork(), search)) {
          out(a.alias);
          if (!a.indices.length) out('  (no index yet)');
          for (const i of a.indices)
            out(
              `  ${i.state.padEnd(9)} ${i.physicalName}  ${i.documents}${i.total !== null && i.state === 'building' ? `/${i.total}` : ''} documents  created ${i.createdAt.toISOString()}${i.error ? `  error: ${i.error}` : ''}`,
            );
        }
      }),
  },
  'schema:emit': {
    help: 'write schema.graphql from the code (--check: fail if the committed file is stale)',
    run: async (args) => {
      const check = args.includes('--check');
      const { changed } = await emitSchema(check);
      if (check && changed) {
        out(`${schemaFile} is out of date: run "pnpm schema:emit" and commit it`);
        return 1;
      }
      out(changed ? `wrote ${schemaFile}` : `${schemaFile} is up to date`);
    },
  },
  'schemas:generate': {
    help: 'write schemas/*.json from the framework question content (--check: fail if any is stale)',
    run: async (args) => {
      const check = args.includes('--check');
      const { changed } = generateSchemas(check);
      if (check && changed.length) {
        out(`out of date: ${changed.join(', ')}: run "pnpm --filter @dm/server cli schemas:generate" and commit them`);
        return 1;
      }
      out(changed.length ? `wrote ${changed.join(', ')}` : 'schemas are up to date');
    },
  },
  'migration:create': {
    help: 'generate a migration for entity changes (optional name)',
    run: async (args) => {
      const result = await diffMigrations({ create: true, name: args[0] });
      out(result.file ? `created ${result.file}` : 'no changes: no migration needed');
    },
  },
  'migration:check': {
    help: 'fail if entities have changes that no migration covers',
    run: async () => {
      const { needed } = await diffMigrations({ create: false });
      out(needed ? 'entities differ from the migrations: run "pnpm --filter @dm/server migration:create"' : 'migrations are up to date');
      return needed ? 1 : 0;
    },
  },
};

/**
 * Runs a command on the database (migrated or not), with what indexing needs: the search adapter the
 * configuration chooses, the clock, and the command's one content catalogue.
 */
async function withDatabase(fn: (orm: Awaited<ReturnType<typeof initOrm>>, indexing: Indexing) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  const content = new FrameworkContent();
  const indexing: Indexing = { search: createSearchIndex(config, content), clock: createClock(config), content };
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'cli');
  // Commands may run beside a running stack: then they use its embedded database.
  const db = await openDatabase(config, logger, (line) => process.stderr.write(`${line}\n`), { attach: true });
  try {
    const orm = await initOrm(db.url, entities, logger);
    try {
      await fn(orm, indexing);
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    out('usage: cli <command>\n');
    for (const [n, c] of Object.entries(commands)) out(`  ${n.padEnd(18)} ${c.help}`);
    process.exit(name ? 2 : 0);
  }
  const code = await command.run(args);
  if (name !== 'stack') process.exit(code ?? 0);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
