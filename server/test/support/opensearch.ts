import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/commands/ports.js';

/**
 * Provisions a real single-node OpenSearch for tests and benchmarks: the integ-test zip from Maven
 * Central (fetched with the machine's Maven, cached outside the repository's tracked files), run on
 * the machine's JDK, bound to loopback on free ports with a small heap.
 */
export const OPENSEARCH_VERSION = process.env.OPENSEARCH_VERSION ?? '2.19.3';
const ARTIFACT = `org.opensearch.distribution.integ-test-zip:opensearch:${OPENSEARCH_VERSION}:zip`;

export interface RunningOpenSearch {
  url: string;
  version: string;
  stop(): Promise<void>;
  /** Stops the node but keeps its data (an outage); `start()` brings it back on the same port. */
  halt(): Promise<void>;
  start(): Promise<void>;
}

export function cacheRoot(): string {
  // Outside the work tree, and reachable by the unprivileged user the node runs as.
  const dir = process.env.DM_CACHE_DIR ?? path.join(os.tmpdir(), 'dm-cache');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  return dir;
}

export function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${what}: ${cmd} is not available (${r.error.message}); install it (e.g. apt-get install maven default-jre-headless unzip)`);
  if (r.status !== 0) throw new Error(`${what} failed (${cmd} exit ${r.status}):\n${r.stdout}\n${r.stderr}`.slice(0, 4000));
  return r.stdout;
}

export function localRepository(): string {
  const out = run('mvn', ['-q', '-B', '-Dstyle.color=never', 'help:evaluate', '-Dexpression=settings.localRepository', '-DforceStdout'], 'finding the Maven repository');
  const colours = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex
  return out.replace(colours, '').trim().split('\n').pop()!.trim();
}

/**
 * The integration-test distribution ships without the analysis-common module (stemmers, English
 * analysis) that our mappings use, as the full distribution has it: install its jar from Maven
 * Central as a module.
 */
function ensureAnalysisCommon(home: string): void {
  const dir = path.join(home, 'modules', 'analysis-common');
  if (existsSync(path.join(dir, 'plugin-descriptor.properties'))) return;
  const artifact = `org.opensearch.plugin:analysis-common:${OPENSEARCH_VERSION}:jar`;
  run('mvn', ['-q', '-B', '-Dstyle.color=never', 'dependency:get', `-Dartifact=${artifact}`, '-Dtransitive=false'], `fetching ${artifact} from Maven Central`);
  const jar = path.join(localRepository(), 'org/opensearch/plugin/analysis-common', OPENSEARCH_VERSION, `analysis-common-${OPENSEARCH_VERSION}.jar`);
  mkdirSync(dir, { recursive: true });
  cpSync(jar, path.join(dir, path.basename(jar)));
  const java = /^java\.version=(\S+)$/m.exec(readFileSync(path.join(home, 'modules', 'transport-netty4', 'plugin-descriptor.properties'), 'utf8'))?.[1] ?? '11';
  writeFileSync(
    path.join(dir, 'plugin-descriptor.properties'),
    [
      'description=Adds "built in" analyzers to OpenSearch.',
      `version=${OPENSEARCH_VERSION}`,
      'name=analysis-common',
      'classname=org.opensearch.analysis.common.CommonAnalysisPlugin',
      `java.version=${java}`,
      `opensearch.version=${OPENSEARCH_VERSION}`,
      '',
    ].join('\n'),
  );
  spawnSync('chmod', ['-R', 'a+rX', dir]);
}

/** Downloads (once) and unpacks (once) the distribution; returns its home folder. */
export function ensureOpenSearchInstalled(): string {
  const home = path.join(cacheRoot(), `opensearch-${OPENSEARCH_VERSION}`);
  if (existsSync(path.join(home, 'bin', 'opensearch'))) {
    ensureAnalysisCommon(home);
    return home;
  }
  run('mvn', ['-q', '-B', '-Dstyle.color=never', 'dependency:get', `-Dartifact=${ARTIFACT}`, '-Dtransitive=false'], `fetching ${ARTIFACT} from Maven Central`);
  const zip = path.join(localRepository(), 'org/opensearch/distribution/integ-test-zip/opensearch', OPENSEARCH_VERSION, `opensearch-${OPENSEARCH_VERSION}.zip`);
  if (!existsSync(zip)) throw new Error(`Maven reported success but ${zip} is missing`);
  const staging = mkdtempSync(path.join(cacheRoot(), 'unpack-'));
  run('unzip', ['-q', zip, '-d', staging], 'unpacking OpenSearch');
  const [top] = readdirSync(staging);
  cpSync(path.join(staging, top!), home, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
  spawnSync('chmod', ['-R', 'a+rX', home]);
  ensureAnalysisCommon(home);
  return home;
}

export function javaHome(): string {
  if (process.env.JAVA_HOME && existsSync(path.join(process.env.JAVA_HOME, 'bin', 'java'))) return process.env.JAVA_HOME;
  const java = run('sh', ['-c', 'command -v java'], 'finding java').trim();
  return path.dirname(path.dirname(realpathSync(java)));
}

/** OpenSearch refuses to run as root: when we are root, run it as `nobody`. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(run('id', ['-u', 'nobody'], 'finding user nobody').trim());
  const gid = Number(run('id', ['-g', 'nobody'], 'finding group of nobody').trim());
  return { uid, gid };
}

async function waitForGreen(url: string, proc: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`OpenSearch exited with code ${proc.exitCode}:\n${output().slice(-3000)}`);
    try {
      const res = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=1s`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`OpenSearch did not become ready within ${timeoutMs / 1000} s:\n${output().slice(-3000)}`);
}

export async function startOpenSearch(opts: { heapMb?: number } = {}): Promise<RunningOpenSearch> {
  const home = ensureOpenSearchInstalled();
  const work = mkdtempSync(path.join(cacheRoot(), 'node-'));
  chmodSync(work, 0o755);
  const conf = path.join(work, 'config');
  cpSync(path.join(home, 'config'), conf, { recursive: true });
  for (const d of ['data', 'logs']) mkdirSync(path.join(work, d));
  // jvm.options names GC log, error file and heap dump paths relative to the install: point them here.
  const jvmOptions = path.join(conf, 'jvm.options');
  writeFileSync(
    jvmOptions,
    readFileSync(jvmOptions, 'utf8')
      .replaceAll('file=logs/', `file=${path.join(work, 'logs')}/`)
      .replaceAll('=logs/', `=${path.join(work, 'logs')}/`)
      .replace(/^(-XX:HeapDumpPath=).*$/m, `$1${path.join(work, 'data')}`),
  );
  const user = runAs();
  if (user) spawnSync('chown', ['-R', `${user.uid}:${user.gid}`, work]);
  else chownSync(work, process.getuid!(), process.getgid!());

  const httpPort = await findFreePort();
  const transportPort = await findFreePort();
  const heap = opts.heapMb ?? 512;
  let output = '';
  const launch = () => {
    const child = spawn(
      path.join(home, 'bin', 'opensearch'),
      [
        `-Ehttp.port=${httpPort}`,
        `-Etransport.port=${transportPort}`,
        '-Enetwork.host=127.0.0.1',
        '-Ediscovery.type=single-node',
        `-Epath.data=${path.join(work, 'data')}`,
        `-Epath.logs=${path.join(work, 'logs')}`,
        '-Ecluster.routing.allocation.disk.threshold_enabled=false',
        '-Eaction.auto_create_index=false',
      ],
      {
        ...(user ?? {}),
        cwd: work, // the JVM writes logs/gc.log relative to its working directory
        env: {
          ...process.env,
          OPENSEARCH_JAVA_HOME: javaHome(),
          OPENSEARCH_PATH_CONF: conf,
          OPENSEARCH_JAVA_OPTS: `-Xms${heap}m -Xmx${heap}m -XX:-HeapDumpOnOutOfMemoryError`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    return child;
  };
  let proc = launch();
  const url = `http://127.0.0.1:${httpPort}`;
  const halt = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const stop = async () => {
    await halt();
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitForGreen(url, proc, () => output, 120_000);
  } catch (e) {
    await stop();
    throw e;
  }
  const start = async () => {
    proc = launch();
    await waitForGreen(url, proc, () => output, 120_000);
  };
  return { url, version: OPENSEARCH_VERSION, stop, halt, start };
}
