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
      // Uploads and downloads (same session cookie) and the printable work order.
      '/files': { target: api },
      '^/requests/[^/]+/work-order\\.pdf$': { target: api },
      '^/documents/[^/]+\\.pdf$': { target: api },
      '/payments': { target: api },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/healthz': { target: api },
      '/files': { target: api },
      '^/requests/[^/]+/work-order\\.pdf$': { target: api },
      '^/documents/[^/]+\\.pdf$': { target: api },
      '/payments': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: a deploy that changes only citydesk code keeps these cached.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            {
              name: 'vendor-graphql',
              test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/,
            },
            { name: 'vendor-forms', test: /node_modules[\\/](react-hook-form|@hookform|zod)[\\/]/ },
          ],
        },
      },
    },
  },
});
