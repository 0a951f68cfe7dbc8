import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { AnswerSchemas } from './answer-schemas.js';
import type { DocumentStorage } from './storage-port.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { ContentCatalogue } from './content-port.js';
import type { JobQueue } from './jobs.js';
import type { Logger } from './logger.js';
import { unauthenticated } from './errors.js';
import type { TransactionHandler } from './events.js';
import type { SearchIndex } from './search-port.js';

/** Which site a request came through: each has its own session cookie name and secret. */
export enum Surface {
  WEB = 'web',
  ADMIN = 'admin',
}

/** The signed-in user as the API sees them. */
export interface Viewer {
  id: number;
  email: string;
  role: string;
  supplierId: number | null;
  sessionId: number;
}

/** The session cookie of the request's site: httpOnly, SameSite=Lax, never readable by scripts. */
export interface SessionCookie {
  readonly name: string;
  read(): string | undefined;
  write(value: string): void;
  clear(): void;
}

/** A request's loader: its EntityManager, and the process's content catalogue for what a loader may keep across requests (reference data). */
export type LoaderFactory<K, V> = (em: EntityManager, content: ContentCatalogue) => DataLoader<K, V>;

/** Per-request DataLoaders, created on first use so a resolver never queries once per row. */
export class Loaders {
  private readonly cache = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(
    private readonly em: EntityManager,
    private readonly content: ContentCatalogue,
  ) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.em, this.content) as DataLoader<unknown, unknown>;
      this.cache.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every resolver and service receives: one EntityManager fork per request or job. */
export interface AppContext {
  requestId: string;
  /** The client's address (behind trusted proxies, the one they forwarded). */
  ip: string;
  em: EntityManager;
  clock: Clock;
  logger: Logger;
  config: Config;
  jobs: JobQueue;
  surface: Surface;
  /** The compiled JSON Schemas of schemas/, for validating answers. */
  schemas: AnswerSchemas;
  /** The search adapter the entry point built from the configuration. */
  search: SearchIndex;
  /** The framework content, parsed once per process (built by the entry point). */
  content: ContentCatalogue;
  /** The document storage (quarantine and clean areas) the entry point built from the configuration. */
  storage: DocumentStorage;
  /** Subscribers that run in a writer's transaction (`publishEvent`), given by the entry point. */
  inTransaction: readonly TransactionHandler[];
  viewer: Viewer | null;
  cookie: SessionCookie;
  loaders: Loaders;
}

/** The signed-in user, or UNAUTHENTICATED (for services reached without a role gate). */
export function requireViewer(ctx: Pick<AppContext, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function createContext(parts: Omit<AppContext, 'loaders'>): AppContext {
  return { ...parts, loaders: new Loaders(parts.em, parts.content) };
}

/** Resolves the viewer from a session cookie value (provided by the users module). */
export type IdentifyViewer = (em: EntityManager, surface: Surface, cookieValue: string, now: Date, config: Config) => Promise<Viewer | null>;
