// Runs autocannon with a persona and keeps, per operation, every response time and whether the answer
// was an error: a non-2xx status, or a 200 whose GraphQL body has `errors` or no data.
import autocannon from 'autocannon';
import { percentile } from '../corpus.js';

/** One request a persona makes. */
export interface Call {
  op: string;
  path: string;
  body: string;
  headers?: Record<string, string>;
}

/** What one connection remembers through one session (a loop over the persona's steps). */
export type Session = Record<string, unknown>;

export interface Persona {
  /** Requests per session; each connection loops over them, starting a fresh session each time. */
  steps: number;
  call(step: number, session: Session): Call;
  /** Sees every answer (before it is judged), e.g. to keep the session cookie. */
  seen?(step: number, body: string, headers: Record<string, string | string[]>, session: Session): void;
}

export interface OpStats {
  times: number[];
  errors: number;
  firstError?: string;
}

export interface Measured {
  seconds: number;
  ops: Map<string, OpStats>;
  /** Requests that got no answer (timeouts, connection errors). */
  unanswered: number;
}

/** An error description when the body is not a successful GraphQL answer, else null. */
function problem(status: number, body: string): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}: ${body.slice(0, 200)}`;
  try {
    const json = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
    if (json.errors?.length) return `GraphQL error: ${json.errors[0]!.message}`;
    if (!json.data || Object.values(json.data).some((v) => v === null || v === undefined)) return `no data: ${body.slice(0, 200)}`;
    return null;
  } catch {
    return `not JSON: ${body.slice(0, 200)}`;
  }
}

type Ctx = Session & { op?: string; error?: string | null };

/** `seconds` of closed-loop load from `connections` connections against `url` (loopback only). */
export async function measure(url: string, persona: Persona, connections: number, seconds: number): Promise<Measured> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`load goes to 127.0.0.1 only, not ${url}`);
  const ops = new Map<string, OpStats>();
  const requests = Array.from({ length: persona.steps }, (_, step) => ({
    method: 'POST' as const,
    setupRequest: (req: autocannon.Request, context: Ctx) => {
      const call = persona.call(step, context);
      context.op = call.op;
      return { ...req, method: 'POST' as const, path: call.path, body: call.body, headers: { 'content-type': 'application/json', ...call.headers } };
    },
    onResponse: (status: number, body: string, context: Ctx, headers?: Record<string, string | string[]>) => {
      persona.seen?.(step, body, headers ?? {}, context);
      context.error = problem(status, body);
    },
  }));
  let done!: (r: autocannon.Result) => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 30, requests: requests as never }, (err: unknown, r) => (err ? failed(err) : done(r)));
  // The response event comes after onResponse and before the connection's next request is set up,
  // so the connection's context still names this request's operation.
  (instance as unknown as NodeJS.EventEmitter).on('response', (client: unknown, _status: number, _bytes: number, time: number) => {
    const ctx = (client as { requestIterator: { context: Ctx } }).requestIterator.context;
    const op = ctx.op ?? '?';
    let s = ops.get(op);
    if (!s) ops.set(op, (s = { times: [], errors: 0 }));
    s.times.push(time);
    if (ctx.error) {
      s.errors++;
      s.firstError ??= ctx.error;
    }
  });
  const result = await finished;
  return { seconds: result.duration, ops, unanswered: result.errors + result.timeouts };
}

export const summary = (s: OpStats, seconds: number) => ({
  rate: s.times.length / seconds,
  p50: percentile(s.times, 50),
  p95: percentile(s.times, 95),
  p99: percentile(s.times, 99),
});
