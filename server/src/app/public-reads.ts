import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext, HTTPGraphQLHead } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { AppContext } from './context.js';

/**
 * Which root query fields are public reads, and for how many seconds a CDN, a browser or this
 * process may reuse an answer: given by the modules (`ModuleDefinition.publicReads`).
 */
export type CacheHints = ReadonlyMap<string, number>;

interface Entry {
  result: Record<string, unknown>;
  /** A strong validator of the answer (its hash): a browser revalidating with it gets a 304. */
  etag: string;
  version: number;
  expires: number;
  maxAge: number;
  /** Its size as JSON (what the bound counts). */
  bytes: number;
}

/**
 * The answers to anonymous public reads, per process, kept until they expire (their hint) or the
 * data under them changes: `invalidate` drops them all at once (a new version), called for every
 * domain event that a visitor could see, for every search index update, and for every mutation this
 * process answers. Bounded by the size of the answers kept (as JSON): the oldest go first.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();
  private version = 0;
  private bytes = 0;

  constructor(
    private readonly maxBytes = 64 * 2 ** 20,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== this.version || entry.expires <= this.now()) {
      if (entry) this.drop(key, entry);
      return undefined;
    }
    return entry;
  }

  /** Stores an answer read under `version` (the one current when the read began): a read that raced an invalidation is not kept. */
  set(key: string, result: Record<string, unknown>, maxAge: number, version: number): Entry {
    const json = JSON.stringify(result);
    const entry = { result, etag: etagOf(json), version, expires: this.now() + maxAge * 1000, maxAge, bytes: json.length };
    if (version !== this.version || maxAge <= 0 || entry.bytes > this.maxBytes) return entry;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest, e);
    }
    return entry;
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  get currentVersion(): number {
    return this.version;
  }

  invalidate(): void {
    this.version += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

const etagOf = (json: string) => `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/**
 * Marks an answer public. Browsers keep it but revalidate it every time (`max-age=0`, with its
 * ETag: a 304 when it has not changed), so a search they repeat is never stale; shared caches (a
 * CDN) may reuse it for the hint's seconds (`s-maxage`). `Vary: Cookie`: a signed-in request is
 * never answered with an anonymous copy.
 */
function markPublic(http: HTTPGraphQLHead, entry: Entry, ifNoneMatch: string | undefined): void {
  http.headers.set('cache-control', `public, max-age=0, s-maxage=${entry.maxAge}, must-revalidate`);
  http.headers.set('etag', entry.etag);
  http.headers.set('vary', 'Cookie');
  if (ifNoneMatch?.split(/\s*,\s*/).includes(entry.etag)) http.status = 304;
}

/** The hint of an operation: the shortest of its root fields', or null unless every root field is a public read. */
export function operationMaxAge(operation: OperationDefinitionNode, hints: CacheHints): number | null {
  if (operation.operation !== 'query') return null;
  let maxAge = Infinity;
  for (const selection of operation.selectionSet.selections) {
    // Fragments at the root are rare and not worth reading through: such an operation is not cached.
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value === '__typename') continue;
    const hint = hints.get(selection.name.value);
    if (hint === undefined) return null;
    maxAge = Math.min(maxAge, hint);
  }
  return Number.isFinite(maxAge) && maxAge > 0 ? maxAge : null;
}

const keyOf = (rc: GraphQLRequestContext<AppContext>) => JSON.stringify([rc.contextValue.surface, rc.queryHash, rc.operationName ?? null, rc.request.variables ?? {}]);

interface Decision {
  maxAge: number;
  key: string;
  version: number;
}

/**
 * Anonymous public reads (every root field hinted, no signed-in viewer) are answered from the
 * process's cache when it holds them, and are sent as public with an ETag (`markPublic`), so
 * that a CDN or the browser may reuse them over GET. Everything else is
 * `private, no-store`: an answer that depends on who asks is never stored on the way. A mutation
 * this process answers drops the cache (its effect shows at once here; other processes drop theirs
 * when its event reaches them).
 */
export function publicReadsPlugin(cache: PublicReadCache, hints: CacheHints): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let decision: Decision | null = null;
      let mutation = false;
      return {
        async responseForOperation(rc) {
          mutation = rc.operation.operation === 'mutation';
          const maxAge = rc.contextValue.viewer ? null : operationMaxAge(rc.operation, hints);
          if (maxAge === null) return null;
          decision = { maxAge, key: keyOf(rc), version: cache.currentVersion };
          const hit = cache.get(decision.key);
          if (!hit) return null;
          decision = null;
          markPublic(rc.response.http, hit, rc.request.http?.headers.get('if-none-match'));
          return { http: rc.response.http, body: { kind: 'single', singleResult: hit.result as never } };
        },
        async willSendResponse(rc) {
          const { body, http } = rc.response;
          const ok = body.kind === 'single' && !body.singleResult.errors?.length;
          if (mutation && ok) cache.invalidate();
          if (http.headers.get('cache-control')?.startsWith('public')) return;
          if (decision && ok && body.kind === 'single') {
            const entry = cache.set(decision.key, body.singleResult as Record<string, unknown>, decision.maxAge, decision.version);
            markPublic(http, entry, rc.request.http?.headers.get('if-none-match'));
          } else {
            http.headers.set('cache-control', 'private, no-store');
          }
        },
      };
    },
  };
}
