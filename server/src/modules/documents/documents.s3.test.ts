import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { applyingSupplier, jobContext, samplePdf, SERVICE_UPLOAD, uploadFile } from '../../../test/support/documents.js';
import { s3Env, startS3Server, type RunningS3 } from '../../../test/support/s3.js';
import { Framework, FrameworkStatus } from '../frameworks/framework.entity.js';
import { scanDocumentJob } from './document.jobs.js';

/**
 * The whole way of a document (upload, quarantine, scan, promotion, signed download) with the S3
 * adapter against a real S3-API server, quarantine in a bucket of its own: what several API and
 * worker processes on several machines share.
 */
let s3: RunningS3;
let app: TestApp;
beforeAll(async () => {
  s3 = await startS3Server();
  await s3.createBucket('dm-quarantine');
  app = await createTestApp({ env: { ...s3Env(s3), S3_QUARANTINE_BUCKET: 'dm-quarantine' } });
  const em = app.orm.em.fork();
  (await em.findOneOrFail(Framework, { slug: 'g-cloud-13' })).status = FrameworkStatus.OPEN;
  await em.flush();
});
afterAll(async () => {
  await app?.close();
  await s3?.stop();
});

async function keys(bucket: string): Promise<string[]> {
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  client.destroy();
  return (listed.Contents ?? []).map((o) => o.Key!).filter((k) => !k.endsWith('/'));
}

describe('documents on S3-compatible storage', () => {
  it('are quarantined in their own bucket, promoted once clean, and downloaded from the documents bucket', async () => {
    const { browser } = await applyingSupplier(app);
    const bytes = await samplePdf('Pricing');
    const res = await uploadFile(browser, SERVICE_UPLOAD, 'pricing.pdf', bytes);
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    expect(await keys('dm-quarantine')).toEqual([`service/${document.id}`]);
    expect(await keys(s3.bucket)).toEqual([]);

    await scanDocumentJob.handle({ documentId: document.id }, jobContext(app, inject('clamdAddress')));
    await app.events.drain();
    expect(await keys('dm-quarantine')).toEqual([]);
    expect(await keys(s3.bucket)).toEqual([`documents/service/${document.id}`]);

    const link = (await browser.gql<{ document: { downloadUrl: string } }>('query ($id: ID!) { document(id: $id) { downloadUrl } }', { id: document.id })).data!.document
      .downloadUrl;
    const got = await browser.request(link);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});
