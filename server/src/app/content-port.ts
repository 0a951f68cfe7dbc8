/**
 * The framework content (question manifests, search filters, the summary rules) as the rest of the
 * application reaches it: parsed on first use and kept for the life of the process, so that no
 * request reads or parses a file twice. The frameworks module implements it (FrameworkContent);
 * each entry point builds one and hands it down in the request, job and event handler contexts.
 *
 * What is kept is derived by the modules themselves (a module above frameworks derives its own
 * values, e.g. the editable answer keys or the search transformations): the port only holds them,
 * by framework, so that a change to one framework drops everything derived from it.
 */
export interface ContentCatalogue {
  /**
   * `derive()`'s value for this key, computed on the first call and returned as is afterwards (callers
   * must not change it). `framework` is the content framework it was read from, or ANY_FRAMEWORK.
   * A throw is kept too: missing content is not looked for again on every call.
   */
  cached<T>(framework: string, key: string, derive: () => T): T;
  /**
   * The same for reference data read from the database (the live framework and its lots): `load()`
   * runs on the first call and its promise is shared by every caller until `refresh`. A failed
   * load is not kept (the next call asks again: a database outage must not stick).
   */
  cachedAsync<T>(framework: string, key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Drops what is held for one framework (and what spans frameworks), or everything. Called in
   * every process (API and worker) when a framework change event commits (the frameworks module's
   * process subscriber, through the process's EventWatcher).
   */
  refresh(frameworkSlug?: string): void;
}

/** The scope of values that span frameworks or belong to none (the summary rules, checkbox filter keys). */
export const ANY_FRAMEWORK = '*';
