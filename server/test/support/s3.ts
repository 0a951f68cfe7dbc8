import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../src/commands/ports.js';
import { cacheRoot, javaHome, localRepository, run } from './opensearch.js';

/**
 * A real S3 API for tests: S3Proxy (Apache-2.0) from Maven Central, storing buckets in a temporary
 * folder, on a free loopback port, with its own access keys (AWS signature v2 or v4).
 */
export const S3PROXY_VERSION = '2.6.0';
const ARTIFACT = `org.gaul:s3proxy:${S3PROXY_VERSION}:jar:jar-with-dependencies`;

export interface RunningS3 {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Created at start. */
  bucket: string;
  createBucket(name: string): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

/** Downloads the jar once (Maven's local repository), then keeps a copy in the harness cache. */
export function ensureS3ProxyJar(): string {
  const cached = path.join(cacheRoot(), `s3proxy-${S3PROXY_VERSION}.jar`);
  if (existsSync(cached)) return cached;
  run('mvn', ['-q', '-B', '-Dstyle.color=never', 'dependency:get', `-Dartifact=${ARTIFACT}`, '-Dtransitive=false'], `fetching ${ARTIFACT} from Maven Central`);
  const jar = path.join(localRepository(), 'org/gaul/s3proxy', S3PROXY_VERSION, `s3proxy-${S3PROXY_VERSION}-jar-with-dependencies.jar`);
  if (!existsSync(jar)) throw new Error(`Maven reported success but ${jar} is missing`);
  // Copied under a unique name then renamed, so a concurrent run never sees half a jar.
  const part = `${cached}.${process.pid}.part`;
  copyFileSync(jar, part);
  renameSync(part, cached);
  return cached;
}

export async function startS3Server(opts: { bucket?: string } = {}): Promise<RunningS3> {
  const jar = ensureS3ProxyJar();
  const work = mkdtempSync(path.join(os.tmpdir(), 'dm-s3-'));
  const dataDir = path.join(work, 'data');
  mkdirSync(dataDir);
  const port = await findFreePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const accessKeyId = 'dm-test-access-key';
  const secretAccessKey = randomBytes(20).toString('hex');
  const properties = path.join(work, 's3proxy.properties');
  writeFileSync(
    properties,
    [
      `s3proxy.endpoint=${endpoint}`,
      's3proxy.authorization=aws-v2-or-v4',
      `s3proxy.identity=${accessKeyId}`,
      `s3proxy.credential=${secretAccessKey}`,
      'jclouds.provider=filesystem',
      `jclouds.filesystem.basedir=${dataDir}`,
      '',
    ].join('\n'),
  );
  let output = '';
  const proc = spawn(path.join(javaHome(), 'bin', 'java'), ['-Xmx256m', '-jar', jar, '--properties', properties], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-10_000);
  };
  proc.stdout.on('data', collect);
  proc.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));

  const region = 'us-east-1';
  const client = new S3Client({ endpoint, region, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } });
  const stop = async () => {
    client.destroy();
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(work, { recursive: true, force: true });
  };
  const createBucket = async (name: string) => {
    await client.send(new CreateBucketCommand({ Bucket: name }));
  };
  const bucket = opts.bucket ?? 'dm-test';
  try {
    await waitUntilAnswering(
      endpoint,
      () => proc.exitCode,
      () => output,
      60_000,
    );
    await createBucket(bucket);
  } catch (e) {
    await stop();
    throw e;
  }
  return { endpoint, region, accessKeyId, secretAccessKey, bucket, createBucket, stop };
}

/** Any HTTP answer (an anonymous request is refused with 403) means the server is up. */
async function waitUntilAnswering(url: string, exitCode: () => number | null, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`S3Proxy exited with code ${exitCode()}:\n${output().slice(-3000)}`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`S3Proxy did not answer within ${timeoutMs / 1000} s:\n${output().slice(-3000)}`);
}

/** Configuration variables (for loadConfig) that point the application's storage at `server`. */
export function s3Env(server: RunningS3): Record<string, string> {
  return {
    STORAGE: 's3',
    S3_ENDPOINT: server.endpoint,
    S3_REGION: server.region,
    S3_BUCKET: server.bucket,
    S3_ACCESS_KEY_ID: server.accessKeyId,
    S3_SECRET_ACCESS_KEY: server.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
}
