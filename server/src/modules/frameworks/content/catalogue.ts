import { ANY_FRAMEWORK, type ContentCatalogue } from '../../../app/content-port.js';
import { contentFramework } from './schema-catalogue.js';

/** A derived value, or the error deriving it threw (kept so that missing content is not looked for again). */
type Held = { value: unknown } | { error: unknown };

/**
 * The process's framework content: every parsed file and every value derived from one, kept by
 * content framework until `refresh`. The entry points (composition root, CLI, test harness,
 * benchmarks) build one per process and hand it down; nothing else holds content between calls, so
 * two instances (two test apps in one process) never share state.
 */
export class FrameworkContent implements ContentCatalogue {
  /** Content framework (or ANY_FRAMEWORK) → key → what was derived. */
  private readonly held = new Map<string, Map<string, Held>>();

  private scope(framework: string): Map<string, Held> {
    let scope = this.held.get(framework);
    if (!scope) {
      scope = new Map();
      this.held.set(framework, scope);
    }
    return scope;
  }

  cached<T>(framework: string, key: string, derive: () => T): T {
    const scope = this.scope(framework);
    let entry = scope.get(key);
    if (!entry) {
      try {
        entry = { value: derive() };
      } catch (error) {
        entry = { error };
      }
      scope.set(key, entry);
    }
    if ('error' in entry) throw entry.error;
    return entry.value as T;
  }

  cachedAsync<T>(framework: string, key: string, load: () => Promise<T>): Promise<T> {
    const scope = this.scope(framework);
    const entry = scope.get(key);
    if (entry && 'value' in entry) return entry.value as Promise<T>;
    // Held before it settles, so that concurrent first callers share one load.
    const held: Held = { value: new Promise<T>((resolve) => resolve(load())) };
    scope.set(key, held);
    (held.value as Promise<T>).catch(() => {
      // Only this load is forgotten: a refresh may already have replaced the scope or the entry.
      if (this.held.get(framework)?.get(key) === held) this.held.get(framework)!.delete(key);
    });
    return held.value as Promise<T>;
  }

  /**
   * Called in every process (the API's and the worker's) when a framework change commits (see the
   * frameworks module's process subscriber), so that its content and the reference data are read
   * again on next use. Values spanning frameworks are dropped with any one, since they may include it.
   */
  refresh(frameworkSlug?: string): void {
    if (frameworkSlug === undefined) {
      this.held.clear();
      return;
    }
    // A framework may read another's content (G-Cloud 14 uses G-Cloud 13's): both scopes go.
    this.held.delete(frameworkSlug);
    this.held.delete(contentFramework(frameworkSlug));
    this.held.delete(ANY_FRAMEWORK);
  }
}
