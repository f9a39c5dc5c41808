import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.CITYDESK_API_URL ?? 'http://localhost:4000';

// The API serves `dist/` in production (with an SPA fallback); in development Vite proxies the API to :4000.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/healthz': { target: api },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
