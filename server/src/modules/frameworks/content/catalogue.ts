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

  cached<T>(framework: string, key: string, derive: () => T): T {
    let scope = this.held.get(framework);
    if (!scope) {
      scope = new Map();
      this.held.set(framework, scope);
    }
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

  /**
   * Issue 12: the handler of a framework change event will call this in every process (the API's
   * and the worker's), so that a framework's new content is read on next use. Values spanning
   * frameworks are dropped with any one, since they may include it.
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
