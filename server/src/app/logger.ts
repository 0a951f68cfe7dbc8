import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths whose values must never reach a log line, whatever the log level. */
export const redactedPaths = [
  'password',
  'newPassword',
  'token',
  'secret',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.secret',
  'variables.*.password',
  'variables.*.token',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, name: string): Logger {
  return pino({
    name,
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
