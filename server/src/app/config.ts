import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The workspace root (the folder holding pnpm-workspace.yaml), used for default data locations. */
export const repoRoot = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(fallback);

const secret = z.string().min(32, 'must be at least 32 characters').optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port(4000),
  WEB_PORT: port(5173),
  ADMIN_WEB_PORT: port(5174),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_PG_PORT: port(54329),
  SESSION_SECRET: secret,
  ADMIN_SESSION_SECRET: secret,
  CLOCK_START: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time such as 2024-05-01T09:00:00Z' }).optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_JOBS: z
    .string()
    .regex(/^\s*-?[a-z*][a-z0-9.*-]*(\s*,\s*-?[a-z*][a-z0-9.*-]*)*\s*$/, 'must be a comma-separated list such as all,-documents.scan or documents.scan')
    .default('all'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  OPENSEARCH_URL: z.url({ error: 'must be a URL such as http://127.0.0.1:9200' }).optional(),
  OPENSEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{0,50}$/, 'lower-case letters, digits, - and _ only')
    .default(''),
  MAIL_FROM: z.string().min(3).default('Digital Marketplace <no-reply@marketplace.localhost>'),
  CLARIFICATION_QUESTIONS_EMAIL: z.email({ error: 'must be an email address' }).default('clarification-questions@marketplace.localhost'),
  WEB_URL: z.url({ error: 'must be a URL such as https://www.example.gov.uk' }).optional(),
  ADMIN_WEB_URL: z.url({ error: 'must be a URL such as https://admin.example.gov.uk' }).optional(),
  ADMIN_EMAIL_DOMAINS: z.string().default('digital.cabinet-office.gov.uk,crowncommercial.gov.uk'),
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  ALLOWED_ORIGINS: z.string().optional(),
  ADMIN_ALLOWED_CIDRS: z.string().optional(),
  TRUST_PROXY: z.string().default('loopback'),
  PUBLIC_CACHE: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0, 'must be 0 (off) or more').default(3000),
  RATE_LIMIT_ACCOUNT_IP: z.coerce.number().int().min(0, 'must be 0 (off) or more').default(100),
  RATE_LIMIT_ACCOUNT_EMAIL: z.coerce.number().int().min(0, 'must be 0 (off) or more').default(10),
  STORAGE: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
  S3_ENDPOINT: z.url({ error: 'must be a URL such as https://s3.eu-west-2.amazonaws.com' }).optional(),
  S3_REGION: z.string().min(1).default('eu-west-2'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  S3_QUARANTINE_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  CLAMD_ADDRESS: z
    .string()
    .regex(/^(\/\S+|tcp:\/\/[^\s:]+:\d{1,5})$/, 'must be a socket path such as /run/clamav/clamd.ctl or tcp://host:3310')
    .optional(),
  // Longer than a public service read may be reused (60 s), so that a cached page's links still work.
  DOWNLOAD_URL_SECONDS: z.coerce.number().int().min(120, 'must be 120 or more').max(3600, 'must be 3600 or less').default(300),
});

type Parsed = z.infer<typeof schema>;
export type Config = Readonly<
  Omit<Parsed, 'WEB_URL' | 'ADMIN_WEB_URL' | 'SESSION_SECRET' | 'ADMIN_SESSION_SECRET' | 'ADMIN_EMAIL_DOMAINS' | 'ALLOWED_ORIGINS' | 'ADMIN_ALLOWED_CIDRS'> & {
    /** Base URL of the public site, for links in emails and for recognising its requests. */
    WEB_URL: string;
    ADMIN_WEB_URL: string;
    SESSION_SECRET: string;
    ADMIN_SESSION_SECRET: string;
    ADMIN_EMAIL_DOMAINS: readonly string[];
    /** Origins whose pages may open the WebSocket (the two sites unless set). */
    ALLOWED_ORIGINS: readonly string[];
    /** Networks the admin site and admin sessions may be used from. */
    ADMIN_ALLOWED_CIDRS: readonly string[];
  }
>;

/** `a.b.c.d/n` or an IPv6 address with `/n`; a bare address is one host. */
function parseCidrs(variable: string, value: string): string[] {
  const list = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const cidr of list) {
    const [address, bits, extra] = cidr.split('/');
    const family = isIP(address ?? '');
    const max = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))) {
      throw new ConfigError(variable, `must be a comma-separated list of addresses or CIDR ranges such as 10.0.0.0/8 (got "${cidr}")`);
    }
  }
  return list;
}

/** Loopback only: the default for development and tests. */
const LOOPBACK_CIDRS = ['127.0.0.0/8', '::1/128'];

/** Development-only secrets, so a fresh clone signs in without setup. Never accepted in production. */
const DEV_SECRET = 'development-only-secret-do-not-use-in-production';

/** Variables whose value is a secret: in production they must be set. */
const requiredInProduction = ['SESSION_SECRET', 'ADMIN_SESSION_SECRET'] as const;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads `X_FILE` variants: the named file's contents (trailing newline removed) become X.
 * Setting both X and X_FILE is an error, so a deployment never silently prefers one.
 */
function resolveFileVariables(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const direct = env[key];
    const file = env[`${key}_FILE`];
    if (file !== undefined && file !== '') {
      if (direct !== undefined && direct !== '') throw new ConfigError(key, `and ${key}_FILE are both set; set only one`);
      try {
        out[key] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
      } catch (e) {
        throw new ConfigError(`${key}_FILE`, `names a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}: ${file})`);
      }
    } else {
      out[key] = direct === '' ? undefined : direct;
    }
  }
  return out;
}

/** Parses and validates the environment once; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = resolveFileVariables(env);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const got = raw[variable];
    const shown =
      variable.endsWith('SECRET') || variable.endsWith('SECRET_ACCESS_KEY') || variable === 'DATABASE_URL' || variable === 'SMTP_URL'
        ? ''
        : got === undefined
          ? ''
          : ` (got "${got}")`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const parsedConfig = parsed.data;
  if (parsedConfig.NODE_ENV === 'production') {
    for (const key of requiredInProduction) {
      if (!parsedConfig[key]) throw new ConfigError(key, `is required when NODE_ENV=production (or set ${key}_FILE)`);
    }
    if (!parsedConfig.DATABASE_URL) throw new ConfigError('DATABASE_URL', 'is required when NODE_ENV=production (embedded PostgreSQL is for development only)');
    if (!parsedConfig.CLAMD_ADDRESS) throw new ConfigError('CLAMD_ADDRESS', 'is required when NODE_ENV=production (uploads are served only once scanned)');
    if (!parsedConfig.ADMIN_ALLOWED_CIDRS) throw new ConfigError('ADMIN_ALLOWED_CIDRS', 'is required when NODE_ENV=production (the networks admins work from)');
  }
  if (parsedConfig.STORAGE === 's3' && !parsedConfig.S3_BUCKET) throw new ConfigError('S3_BUCKET', 'is required when STORAGE=s3');
  if (!/^(true|false|loopback|\d{1,2}|[\d.:/a-fA-F,\s]+)$/.test(parsedConfig.TRUST_PROXY)) {
    throw new ConfigError('TRUST_PROXY', `must be true, false, loopback, a number of proxy hops or a list of proxy addresses (got "${parsedConfig.TRUST_PROXY}")`);
  }
  const webUrl = (parsedConfig.WEB_URL ?? `http://127.0.0.1:${parsedConfig.WEB_PORT}`).replace(/\/$/, '');
  const adminWebUrl = (parsedConfig.ADMIN_WEB_URL ?? `http://127.0.0.1:${parsedConfig.ADMIN_WEB_PORT}`).replace(/\/$/, '');
  const origins = parsedConfig.ALLOWED_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean) ?? [new URL(webUrl).origin, new URL(adminWebUrl).origin];
  for (const origin of origins) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin)
      throw new ConfigError('ALLOWED_ORIGINS', `must be a comma-separated list of origins such as https://www.example.gov.uk (got "${origin}")`);
  }
  const config: Config = {
    ...parsedConfig,
    WEB_URL: webUrl,
    ADMIN_WEB_URL: adminWebUrl,
    ALLOWED_ORIGINS: origins,
    ADMIN_ALLOWED_CIDRS: parsedConfig.ADMIN_ALLOWED_CIDRS ? parseCidrs('ADMIN_ALLOWED_CIDRS', parsedConfig.ADMIN_ALLOWED_CIDRS) : LOOPBACK_CIDRS,
    SESSION_SECRET: parsedConfig.SESSION_SECRET ?? `${DEV_SECRET}-web`,
    ADMIN_SESSION_SECRET: parsedConfig.ADMIN_SESSION_SECRET ?? `${DEV_SECRET}-admin`,
    ADMIN_EMAIL_DOMAINS: parsedConfig.ADMIN_EMAIL_DOMAINS.split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  };
  if (config.SESSION_SECRET === config.ADMIN_SESSION_SECRET) throw new ConfigError('ADMIN_SESSION_SECRET', 'must differ from SESSION_SECRET');
  return Object.freeze(config);
}

/** Entry points call this: on bad configuration print one line naming the variable and exit non-zero. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
}
