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

/** JSON lines to stdout (or to `destination`, for tests that read the logs). */
export function createLogger(level: string, name: string, destination?: { write(line: string): void }): Logger {
  const options = {
    name,
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
