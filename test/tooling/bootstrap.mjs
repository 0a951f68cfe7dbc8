#!/usr/bin/env node
// The two README commands land here: `npm start` and `npm test`.
// Runs on whatever Node the machine has (20 or newer) with no dependencies: it makes sure pnpm is
// there, installs the workspace (which brings Node 22 from the npm registry), checks the machine
// tools the tests need, then hands over to pnpm, whose scripts all run on Node 22.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PNPM_VERSION = '10.34.9';
const mode = process.argv[2];
if (mode !== 'start' && mode !== 'test') {
  console.error('usage: node test/tooling/bootstrap.mjs start|test');
  process.exit(2);
}

const log = (msg) => console.log(`» ${msg}`);
const isRoot = process.getuid?.() === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function pnpmCommand() {
  const local = path.join(root, '.cache', 'pnpm', 'node_modules', '.bin', 'pnpm');
  for (const candidate of ['pnpm', local]) {
    const r = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim().startsWith('10.')) return candidate;
  }
  log(`installing pnpm ${PNPM_VERSION} from the npm registry`);
  const global = spawnSync('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (global.status === 0 && spawnSync('pnpm', ['--version']).status === 0) return 'pnpm';
  execFileSync('npm', ['install', '--no-save', '--prefix', path.join(root, '.cache', 'pnpm'), `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  return local;
}

function aptInstall(packages, why) {
  if (isRoot && has('apt-get')) {
    log(`installing ${packages.join(' ')} (${why})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    return;
  }
  console.error(`Missing: ${why}. Install it first, e.g.:  sudo apt-get install -y ${packages.join(' ')}`);
  process.exit(1);
}

/**
 * The tests drive a real Chromium, a real OpenSearch (JDK + Maven fetch it from Maven Central) and a
 * real clamd. Installing clamav-daemon does not block: without systemd its postinst starts no
 * service (invoke-rc.d finds no runlevel), and freshclam only runs as a background daemon.
 */
function ensureTestTools() {
  const missing = [];
  const why = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!has('java')) missing.push('default-jre-headless');
  if (!has('mvn')) missing.push('maven');
  if (!has('unzip')) missing.push('unzip');
  if (missing.length) why.push('Chromium for the browser tests, a JDK, Maven and unzip for the OpenSearch tests');
  // clamd lives in /usr/sbin, which a non-root PATH may lack.
  if (!existsSync('/usr/sbin/clamd') && !has('clamd')) {
    missing.push('clamav-daemon');
    why.push("ClamAV's daemon for the document scanning tests");
  }
  if (missing.length) aptInstall(missing, why.join('; '));
}

const pnpm = pnpmCommand();
log('installing workspace dependencies');
execFileSync(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], { cwd: root, stdio: 'inherit' });
if (mode === 'test') ensureTestTools();

const child = spawn(pnpm, ['run', '--silent', mode === 'start' ? 'stack' : 'test:all'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
