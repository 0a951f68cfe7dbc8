import { describe, expect, it } from 'vitest';
import { pnpm } from './support.js';

const packages = ['@dm/server', '@dm/web', '@dm/admin-web', '@dm/test'];

describe.each(packages)('%s', (pkg) => {
  it('typechecks', () => {
    const r = pnpm(['--filter', pkg, 'run', 'typecheck']);
    expect(r.status, r.output).toBe(0);
  });

  it('lints with zero warnings', () => {
    const r = pnpm(['--filter', pkg, 'run', 'lint']);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toMatch(/\d+ warnings?/);
  });
});

describe('the sources', () => {
  it('are formatted as prettier writes them (pnpm format)', () => {
    const r = pnpm(['run', 'format:check']);
    expect(r.status, r.output).toBe(0);
  });
});
