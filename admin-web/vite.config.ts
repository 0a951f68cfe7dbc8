import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments, kitDocuments } from '../web/vite-plugins/graphql-documents';

const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:4000';
// The API's GraphQL endpoint and its document uploads and signed downloads.
const proxy = { '/graphql': { target: apiUrl, ws: true, changeOrigin: false }, '/documents': { target: apiUrl, changeOrigin: false } };

export default defineConfig({
  plugins: [
    graphqlDocuments([kitDocuments(), { dir: fileURLToPath(new URL('./src', import.meta.url)), file: fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url)) }]),
    react(),
  ],
  server: { host: '127.0.0.1', port: Number(process.env.ADMIN_WEB_PORT ?? 5174), strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: Number(process.env.ADMIN_WEB_PORT ?? 5174), strictPort: true, proxy },
  // GOV.UK Frontend's compiled CSS keeps an old IE hack that lightningcss rejects.
  build: { sourcemap: true, cssMinify: 'esbuild' },
  test: { environment: 'jsdom', include: ['src/**/*.test.tsx', 'src/**/*.test.ts'] },
});
