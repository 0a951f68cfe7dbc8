import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStack } from './support/stack.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = (dataDir: string) => {
  const file = path.join(dataDir, 'postgres', 'pgdata', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};

async function g14CloseDate(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ framework(slug: "g-cloud-14") { applicationsCloseAt } }' }),
  });
  const body = (await res.json()) as { data: { framework: { applicationsCloseAt: string } } };
  return body.data.framework.applicationsCloseAt;
}

async function demoDocumentLink(apiUrl: string): Promise<string> {
  const post = async (query: string, variables: Record<string, unknown> = {}) =>
    (
      (await (await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as {
        data: never;
      }
    ).data;
  const found: { serviceSearch: { results: Array<{ id: string }> } } = await post('{ serviceSearch { results { id } } }');
  const id = found.serviceSearch.results[0]!.id;
  const page: { service: { documents: Array<{ url: string }> } } = await post('query ($id: ID!) { service(id: $id) { documents { url } } }', { id });
  return page.service.documents[0]!.url;
}

describe('an operator stops, restarts and recovers the stack', () => {
  it('Ctrl-C leaves no Postgres running, a restart keeps the data, and a crash is recovered from', async () => {
    const first = await startStack();
    const pid = postmasterPid(first.dataDir);
    expect(pid).not.toBeNull();
    const closeDate = await g14CloseDate(first.apiUrl);
    // No ClamAV here: the stack still starts, and says what that means for uploads.
    expect(first.output()).toContain('Virus scanning        OFF: no CLAMD_ADDRESS');
    // The demo's services have real documents, downloadable through the public site's proxy.
    const link = await demoDocumentLink(first.apiUrl);
    const pdf = await fetch(`${first.webUrl}${link}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.pdf"/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    expect(await first.stop()).toBe(0);
    expect(alive(pid!)).toBe(false);
    expect(first.output()).toContain('Stopped.');

    const second = await startStack({ dataDir: first.dataDir });
    expect(second.output()).toContain('migrations: up to date');
    expect(second.output()).toContain('demo data: already loaded');
    expect(await g14CloseDate(second.apiUrl)).toBe(closeDate);
    const secondPid = postmasterPid(second.dataDir)!;

    await second.kill(); // crash: the orchestrator dies without stopping its children
    expect(alive(secondPid)).toBe(true);

    const third = await startStack({ dataDir: first.dataDir });
    expect(third.output()).toMatch(/Stopping a stale PostgreSQL \(pid \d+\)|stale/i);
    expect(alive(secondPid)).toBe(false);
    expect(await g14CloseDate(third.apiUrl)).toBe(closeDate);
    expect(await third.stop()).toBe(0);
  });

  it('refuses to start when a port is taken, naming the port', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as import('node:net').AddressInfo).port;
    try {
      await expect(startStack({ env: { WEB_PORT: String(port) } })).rejects.toThrow(`Port ${port} (WEB_PORT) is already in use`);
    } finally {
      blocker.close();
    }
  });
});
