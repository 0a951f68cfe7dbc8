import { S3Client } from '@aws-sdk/client-s3';
import path from 'node:path';
import type { Config } from '../config.js';
import type { DocumentStorage } from '../storage-port.js';
import { LocalObjectStore } from './local.js';
import { S3ObjectStore } from './s3.js';

export { LocalObjectStore } from './local.js';
export { S3ObjectStore } from './s3.js';

type S3Settings = Pick<Config, 'S3_ENDPOINT' | 'S3_REGION' | 'S3_FORCE_PATH_STYLE' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY'>;

/**
 * An S3 client from the configuration: the given endpoint (for S3-compatible services) or AWS's for
 * the region; the configured keys when both are set, else the SDK's default credential chain (the
 * environment, a profile, the instance or task role).
 */
export function createS3Client(config: S3Settings): S3Client {
  const keys = config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY } : undefined;
  return new S3Client({
    region: config.S3_REGION,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
    ...(keys ? { credentials: keys } : {}),
    // Checksums only where S3 requires them: not every S3-compatible service accepts the newer ones.
    ...(config.S3_ENDPOINT ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
  });
}

/**
 * The quarantine (uploads not yet scanned) and documents stores for STORAGE: two folders under
 * DATA_DIR, or S3: documents under `documents/` in S3_BUCKET, quarantine in S3_QUARANTINE_BUCKET
 * when set (so that its access and lifecycle can differ) else under `quarantine/` in S3_BUCKET.
 */
export function createDocumentStorage(config: Config): DocumentStorage {
  if (config.STORAGE === 'local') {
    const files = path.join(config.DATA_DIR, 'files');
    return { quarantine: new LocalObjectStore(path.join(files, 'quarantine')), documents: new LocalObjectStore(path.join(files, 'documents')) };
  }
  if (!config.S3_BUCKET) throw new Error('S3_BUCKET is required when STORAGE=s3');
  const client = createS3Client(config);
  // The endpoint's origin only: a URL may carry credentials (user:password@).
  const location = config.S3_ENDPOINT ? new URL(config.S3_ENDPOINT).origin : `AWS region ${config.S3_REGION}`;
  return {
    quarantine: config.S3_QUARANTINE_BUCKET
      ? new S3ObjectStore({ client, bucket: config.S3_QUARANTINE_BUCKET, prefix: '', location })
      : new S3ObjectStore({ client, bucket: config.S3_BUCKET, prefix: 'quarantine/', location }),
    documents: new S3ObjectStore({ client, bucket: config.S3_BUCKET, prefix: 'documents/', location }),
  };
}
