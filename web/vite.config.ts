import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments, kitDocuments } from './vite-plugins/graphql-documents';
import { preloadFirstPage } from './vite-plugins/preload-first-page';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
// The API's GraphQL endpoint and its document uploads and signed downloads.
const proxy = { '/graphql': { target: apiUrl, ws: true, changeOrigin: false }, '/documents': { target: apiUrl, changeOrigin: false } };
const nodeModule = (names: string) => new RegExp(`/node_modules/(${names})/`);

export default defineConfig({
  plugins: [
    graphqlDocuments([kitDocuments(), { dir: fileURLToPath(new URL('./src', import.meta.url)), file: fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url)) }]),
    react(),
    preloadFirstPage('src/app/start.tsx'),
  ],
  server: { host: '127.0.0.1', port: Number(process.env.WEB_PORT ?? 5173), strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: Number(process.env.WEB_PORT ?? 5173), strictPort: true, proxy },
  build: {
    sourcemap: true,
    // GOV.UK Frontend's compiled CSS keeps an old IE hack that lightningcss rejects.
    cssMinify: 'esbuild',
    // scripts/initial-js.mjs follows it to measure what a page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks change less often than the app, so browsers keep them cached
        // across releases. graphql-ws and Apollo's WebSocket link are left out: they load lazily.
        codeSplitting: {
          groups: [
            // The entry needs only Apollo's core to start the first queries (main.tsx), so React and
            // Apollo's React bindings are in the UI chunk it loads next.
            {
              name: 'ui',
              test: (id: string) => nodeModule('react|react-dom|scheduler|react-router').test(id) || id.includes('/node_modules/@apollo/client/react/'),
              priority: 2,
              includeDependenciesRecursively: false,
            },
            {
              name: 'apollo',
              test: (id: string) =>
                nodeModule('@apollo/client|rxjs|graphql|optimism|@wry/[^/]+|tslib').test(id) && !/\/node_modules\/graphql-ws\/|\/link\/subscriptions\//.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.tsx', 'src/**/*.test.ts'] },
});
