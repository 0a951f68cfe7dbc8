import { describe, expect, it } from 'vitest';
import { pnpm } from './support.js';

describe('the committed contract matches the code', () => {
  it('schema.graphql is what the server emits (no drift)', () => {
    const r = pnpm(['--filter', '@dm/server', 'exec', 'tsx', 'src/cli.ts', 'schema:emit', '--check']);
    expect(r.output).toContain('is up to date');
    expect(r.status).toBe(0);
  });

  it('schemas/ is what the generator makes from the framework question content', () => {
    const r = pnpm(['--filter', '@dm/server', 'exec', 'tsx', 'src/cli.ts', 'schemas:generate', '--check']);
    expect(r.output).toContain('schemas are up to date');
    expect(r.status).toBe(0);
  });

  it('the migrations cover every entity change (migration:check on a real Postgres)', () => {
    const r = pnpm(['--filter', '@dm/server', 'exec', 'tsx', 'src/cli.ts', 'migration:check']);
    expect(r.output).toContain('migrations are up to date');
    expect(r.status).toBe(0);
  });
});
