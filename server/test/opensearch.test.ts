import { Client } from '@opensearch-project/opensearch';
import { inject, describe, expect, it } from 'vitest';

describe('OpenSearch harness (real OpenSearch node)', () => {
  it('indexes a document and finds it again', async () => {
    const client = new Client({ node: inject('opensearchUrl'), maxRetries: 0, requestTimeout: 10_000 });
    const index = `harness-${Date.now()}`;
    await client.indices.create({
      index,
      body: { mappings: { properties: { serviceName: { type: 'text' }, lot: { type: 'keyword' } } } },
    });
    try {
      await client.index({ index, id: '1234567890123456', body: { serviceName: 'Managed PostgreSQL hosting', lot: 'cloud-hosting' }, refresh: true });
      await client.index({ index, id: '2234567890123456', body: { serviceName: 'Accessibility audit', lot: 'cloud-support' }, refresh: true });
      const res = await client.search({ index, body: { query: { bool: { must: { match: { serviceName: 'postgresql' } }, filter: { term: { lot: 'cloud-hosting' } } } } } });
      const hits = res.body.hits.hits;
      expect(hits.map((h) => h._id)).toEqual(['1234567890123456']);
      const info = await client.info();
      expect(info.body.version.distribution).toBe('opensearch');
    } finally {
      await client.indices.delete({ index });
    }
  });
});
