import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

/** The signed-in user as the API sees them. Filled in by the identity module. */
export interface Viewer {
  id: number;
  roles: readonly string[];
}

export type LoaderFactory<K, V> = (em: EntityManager) => DataLoader<K, V>;

/** Per-request DataLoaders, created on first use so a resolver never queries once per row. */
export class Loaders {
  private readonly cache = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(private readonly em: EntityManager) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.cache.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.em) as DataLoader<unknown, unknown>;
      this.cache.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every resolver and service receives: one EntityManager fork per request or job. */
export interface AppContext {
  requestId: string;
  em: EntityManager;
  clock: Clock;
  logger: Logger;
  viewer: Viewer | null;
  loaders: Loaders;
}

export function createContext(parts: Omit<AppContext, 'loaders'>): AppContext {
  return { ...parts, loaders: new Loaders(parts.em) };
}
