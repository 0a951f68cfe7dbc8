import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds to index.html what the first page needs but Vite does not announce:
 * - <link rel="preload"> for the woff2 fonts the emitted stylesheets use, so they are fetched with
 *   the stylesheet instead of after the first text is laid out (names taken from the emitted CSS, so
 *   they follow GOV.UK Frontend's hashed file names);
 * - <link rel="modulepreload"> for a dynamically imported module and its static imports (the app's
 *   start, which the entry imports only after starting the first queries), so the browser fetches
 *   and compiles them in parallel with the entry.
 */
export function preloadFirstPage(startModule: string): Plugin {
  return {
    name: 'dm:preload-first-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const files = Object.values(bundle ?? {});
        const tags: HtmlTagDescriptor[] = [];
        const fonts = new Set<string>();
        for (const file of files) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
          for (const [, url] of String(file.source).matchAll(/url\(["']?([^)"']+\.woff2)["']?\)/g)) fonts.add(url!);
        }
        for (const href of fonts) tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' });
        const chunks = new Map(files.flatMap((f) => (f.type === 'chunk' ? [[f.fileName, f] as const] : [])));
        const start = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(startModule));
        if (!start) throw new Error(`preloadFirstPage: no chunk for ${startModule}`);
        const entryImports = new Set([...chunks.values()].filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
        const wanted = new Set<string>();
        const visit = (name: string) => {
          if (wanted.has(name) || entryImports.has(name)) return;
          wanted.add(name);
          for (const dep of chunks.get(name)?.imports ?? []) visit(dep);
        };
        visit(start.fileName);
        for (const name of wanted) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${name}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}
