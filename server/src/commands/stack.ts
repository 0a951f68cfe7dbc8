import { spawn, type ChildProcess } from 'node:child_process';
import { spaSecurityHeaders } from './spa-headers.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { repoRoot, type Config } from '../app/config.js';
import { migrate } from '../app/db.js';
import { createLogger } from '../app/logger.js';
import { createClock, openDatabase } from '../app/runtime.js';
import { initOrm } from '../app/db.js';
import { isPortFree } from './ports.js';
import { createDocumentStorage } from '../app/storage/index.js';
import { seedAll } from './seed.js';
import { FrameworkContent } from '../modules/frameworks/content/catalogue.js';
import { entities } from '../modules/index.js';
import { createSearchIndex } from '../modules/search/index.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo.js';
import { isAdminRole } from '../shared/role.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const distSrc = path.resolve(here, '..'); // dist/src when compiled

interface Child {
  name: string;
  proc: ChildProcess;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Prints a child's output with its name in front; pino JSON lines are shown as "level message". */
function pipeOutput(name: string, proc: ChildProcess): void {
  const tag = `[${name}]`.padEnd(9);
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on('line', (line) => {
      let text = line;
      if (line.startsWith('{')) {
        try {
          const entry = JSON.parse(line) as { level?: number; msg?: string; url?: string; err?: { message?: string } };
          const level = ({ 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' } as Record<number, string>)[entry.level ?? 30];
          text = `${level} ${entry.msg ?? ''}${entry.url ? ` ${entry.url}` : ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`;
        } catch {
          /* not JSON after all */
        }
      }
      say(`${tag} ${text}`);
    });
  }
}

async function waitForHttp(url: string, timeoutMs: number, isDead: () => boolean, headers: Record<string, string> = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDead()) throw new Error(`the process serving ${url} exited`);
    try {
      const res = await fetch(url, { headers });
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The whole marketplace on one machine: database (embedded unless DATABASE_URL), migrations,
 * reference and demo data, the API, the worker and both SPAs. Ctrl-C stops all of it.
 */
export async function runStack(config: Config): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, 'stack');
  const ports: Array<[string, number]> = [
    ['API_PORT', config.API_PORT],
    ['WEB_PORT', config.WEB_PORT],
    ['ADMIN_WEB_PORT', config.ADMIN_WEB_PORT],
  ];
  if (!config.DATABASE_URL) ports.push(['EMBEDDED_PG_PORT', config.EMBEDDED_PG_PORT]);
  for (const [name, port] of ports) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} (${name}) is already in use: stop whatever is using it or set ${name}`);
  }
  for (const app of ['web', 'admin-web']) {
    if (!existsSync(path.join(repoRoot, app, 'dist', 'index.html'))) throw new Error(`${app} is not built: run "pnpm build" first`);
  }

  say('Starting the Digital Marketplace…');
  const db = await openDatabase(config, logger, (line) => say(`  ${line}`));
  say(db.embedded ? `  database: embedded PostgreSQL, data in ${path.join(config.DATA_DIR, 'postgres')}` : '  database: DATABASE_URL');
  const orm = await initOrm(db.url, entities, logger);
  const children: Child[] = [];
  const spaServers: Array<{ close(): Promise<void> }> = [];
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    say('Stopping…');
    await Promise.all(
      children.map(
        ({ proc }) =>
          new Promise<void>((resolve) => {
            if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
            const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
            proc.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            proc.kill('SIGTERM');
          }),
      ),
    );
    await Promise.all(spaServers.map((srv) => srv.close().catch(() => {})));
    await orm.close().catch(() => {});
    await db.stop();
    say('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await migrate(orm);
    say(`  migrations: ${applied.length ? `applied ${applied.length}` : 'up to date'}`);
    say(`  search: ${config.OPENSEARCH_URL ? `OpenSearch at ${config.OPENSEARCH_URL}` : 'Postgres full-text (set OPENSEARCH_URL for OpenSearch)'}`);
    // This process only seeds (the API and worker are children with their own catalogues).
    const content = new FrameworkContent();
    for (const line of await seedAll(orm, { search: createSearchIndex(config, content), clock: createClock(config), content }, config.DEMO_DATA, createDocumentStorage(config)))
      say(`  ${line}`);

    // Children watch DM_PARENT_PID and stop if this process dies without stopping them.
    const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: config.NODE_ENV, DM_PARENT_PID: String(process.pid) };
    const start = (name: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) => {
      // Own process group: a terminal's Ctrl-C reaches only this process, which then stops the
      // children in order (they also stop by themselves if this process dies).
      const proc = spawn(process.execPath, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      pipeOutput(name, proc);
      proc.on('exit', (code, signal) => {
        if (!shuttingDown) {
          say(`[${name}] exited unexpectedly (${signal ?? `code ${code}`}); stopping everything`);
          void shutdown(1);
        }
      });
      children.push({ name, proc });
      return proc;
    };
    const apiUrl = `http://${config.API_HOST}:${config.API_PORT}`;
    start('api', [path.join(distSrc, 'main.js')], repoRoot);
    start('worker', [path.join(distSrc, 'worker.js')], repoRoot);
    // The SPAs are served from this process (Vite's preview server, which also proxies /graphql and
    // its WebSocket to the API), so nothing outlives it.
    process.env.API_URL = apiUrl;
    const { preview } = await import('vite');
    for (const [app, port, siteUrl] of [
      ['web', config.WEB_PORT, config.WEB_URL],
      ['admin-web', config.ADMIN_WEB_PORT, config.ADMIN_WEB_URL],
    ] as const) {
      const server = await preview({
        root: path.join(repoRoot, app),
        configFile: path.join(repoRoot, app, 'vite.config.ts'),
        logLevel: 'warn',
        preview: { host: '127.0.0.1', port, strictPort: true, open: false, headers: spaSecurityHeaders(siteUrl) },
      });
      spaServers.push(server);
    }
    const dead = () => shuttingDown;
    await waitForHttp(`${apiUrl}/healthz`, 60_000, dead);
    await Promise.all([
      // through each SPA's proxy, so a page that loads can also reach the API
      ...[config.WEB_PORT, config.ADMIN_WEB_PORT].map((port) =>
        waitForHttp(`http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`, 60_000, dead, { 'apollo-require-preflight': 'true' }),
      ),
    ]);
    say('');
    say('The Digital Marketplace is running:');
    say(`  Buyers and suppliers  http://127.0.0.1:${config.WEB_PORT}/`);
    say(`  Admin                 http://127.0.0.1:${config.ADMIN_WEB_PORT}/`);
    say(`  GraphQL API           ${apiUrl}/graphql`);
    say(`  Health                ${apiUrl}/healthz`);
    if (config.DEMO_DATA) {
      say(`  Demo sign-ins (password "${DEMO_PASSWORD}"):`);
      for (const u of DEMO_USERS) say(`    ${u.role.padEnd(26)} ${u.email.padEnd(42)} on the ${isAdminRole(u.role) ? 'admin' : 'public'} site`);
    }
    say(
      config.SMTP_URL
        ? '  Emails                sent through SMTP_URL'
        : '  Emails                no SMTP_URL: kept in the development outbox; see them with "pnpm --filter @dm/server cli outbox"',
    );
    say(`  Documents             ${config.STORAGE === 's3' ? `S3 bucket ${config.S3_BUCKET}` : `stored under ${config.DATA_DIR}/files`}`);
    say(
      config.CLAMD_ADDRESS
        ? `  Virus scanning        clamd at ${config.CLAMD_ADDRESS}`
        : '  Virus scanning        OFF: no CLAMD_ADDRESS, so uploads wait as "not yet scanned" and cannot be downloaded (install clamav-daemon and set CLAMD_ADDRESS=/run/clamav/clamd.ctl)',
    );
    say('Press Ctrl-C to stop.');
  } catch (e) {
    say(`Could not start: ${e instanceof Error ? e.message : String(e)}`);
    await shutdown(1);
  }
}
