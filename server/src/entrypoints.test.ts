import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runEntry(file: string, env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', file], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
}

describe('entry points with bad configuration', () => {
  for (const entry of ['src/main.ts', 'src/worker.ts']) {
    it(`${entry} exits non-zero with one line naming the variable`, () => {
      const r = runEntry(entry, { API_PORT: 'abc' });
      expect(r.status).toBe(78);
      expect(r.stderr.trim().split('\n')).toEqual(['Invalid configuration: API_PORT must be a port number (got "abc")']);
    });
  }

  it('the CLI reports bad configuration the same way for a command that needs it', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'db:migrate'], {
      env: { ...process.env, DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(78);
    expect(r.stderr.trim()).toBe('Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL');
  });
});
