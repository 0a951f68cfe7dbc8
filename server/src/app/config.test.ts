import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const secret = 'x'.repeat(40);

describe('loadConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.API_PORT).toBe(4000);
    expect(c.WEB_PORT).toBe(5173);
    expect(c.ADMIN_WEB_PORT).toBe(5174);
    expect(c.NODE_ENV).toBe('development');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DATA_DIR).toMatch(/\.data$/);
    expect(c.WEB_URL).toBe('http://127.0.0.1:5173');
    expect(c.ADMIN_WEB_URL).toBe('http://127.0.0.1:5174');
    expect(c.SESSION_SECRET).not.toBe(c.ADMIN_SESSION_SECRET);
    expect(c.ADMIN_EMAIL_DOMAINS).toEqual(['digital.cabinet-office.gov.uk', 'crowncommercial.gov.uk']);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names the variable and the bad value', () => {
    expect(() => loadConfig({ API_PORT: 'abc' })).toThrow(new ConfigError('API_PORT', 'must be a port number (got "abc")'));
    expect(() => loadConfig({ WEB_PORT: '70000' })).toThrow(/^Invalid configuration: WEB_PORT must be between 0 and 65535/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => loadConfig({ CLOCK_START: 'yesterday' })).toThrow(/CLOCK_START must be an ISO 8601/);
  });

  it('never echoes secrets or connection strings in errors', () => {
    try {
      loadConfig({ SESSION_SECRET: 'short-secret-value' });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/SESSION_SECRET must be at least 32 characters/);
      expect(String(e)).not.toContain('short-secret-value');
    }
  });

  it('reads X_FILE variants and refuses both forms at once', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-'));
    const file = path.join(dir, 'secret');
    writeFileSync(file, `${secret}\n`);
    expect(loadConfig({ SESSION_SECRET_FILE: file }).SESSION_SECRET).toBe(secret);
    expect(() => loadConfig({ SESSION_SECRET_FILE: file, SESSION_SECRET: secret })).toThrow(/SESSION_SECRET and SESSION_SECRET_FILE are both set/);
    expect(() => loadConfig({ SESSION_SECRET_FILE: path.join(dir, 'missing') })).toThrow(/SESSION_SECRET_FILE names a file that cannot be read \(ENOENT/);
  });

  it('makes secrets and an external database mandatory in production', () => {
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      SESSION_SECRET: secret,
      ADMIN_SESSION_SECRET: 'y'.repeat(40),
      ADMIN_ALLOWED_CIDRS: '10.20.0.0/16',
      CLAMD_ADDRESS: '/run/clamav/clamd.ctl',
    };
    expect(loadConfig(prod).NODE_ENV).toBe('production');
    expect(() => loadConfig({ ...prod, ADMIN_SESSION_SECRET: secret })).toThrow(/ADMIN_SESSION_SECRET must differ from SESSION_SECRET/);
    expect(() => loadConfig({ ...prod, SESSION_SECRET: undefined })).toThrow(/SESSION_SECRET is required when NODE_ENV=production/);
    expect(() => loadConfig({ ...prod, ADMIN_SESSION_SECRET: '' })).toThrow(/ADMIN_SESSION_SECRET is required/);
    expect(() => loadConfig({ ...prod, DATABASE_URL: undefined })).toThrow(/DATABASE_URL is required when NODE_ENV=production/);
    expect(() => loadConfig({ ...prod, ADMIN_ALLOWED_CIDRS: undefined })).toThrow(/ADMIN_ALLOWED_CIDRS is required when NODE_ENV=production/);
  });

  it('reads the admin allow-list, trusted proxies and allowed origins, naming a bad value', () => {
    expect(loadConfig({}).ADMIN_ALLOWED_CIDRS).toEqual(['127.0.0.0/8', '::1/128']);
    expect(loadConfig({ ADMIN_ALLOWED_CIDRS: '10.0.0.0/8, 2001:db8::/32,192.0.2.7' }).ADMIN_ALLOWED_CIDRS).toEqual(['10.0.0.0/8', '2001:db8::/32', '192.0.2.7']);
    expect(() => loadConfig({ ADMIN_ALLOWED_CIDRS: '10.0.0.0/33' })).toThrow(/ADMIN_ALLOWED_CIDRS must be a comma-separated list .*10\.0\.0\.0\/33/);
    expect(() => loadConfig({ ADMIN_ALLOWED_CIDRS: 'office' })).toThrow(/ADMIN_ALLOWED_CIDRS/);
    expect(loadConfig({ WEB_URL: 'https://www.example.gov.uk' }).ALLOWED_ORIGINS).toEqual(['https://www.example.gov.uk', 'http://127.0.0.1:5174']);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://example.gov.uk/path' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ RATE_LIMIT_REQUESTS: '-1' })).toThrow(/RATE_LIMIT_REQUESTS/);
  });

  it('parses booleans and numbers', () => {
    expect(loadConfig({ DEMO_DATA: 'false' }).DEMO_DATA).toBe(false);
    expect(loadConfig({ WORKER_CONCURRENCY: '8' }).WORKER_CONCURRENCY).toBe(8);
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA/);
  });
});
