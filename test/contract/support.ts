import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a pnpm command from the repository root and returns its exit status and combined output. */
export function pnpm(args: string[]): { status: number | null; output: string } {
  const r = spawnSync('pnpm', args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 230_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
