// Serves the built SPA: hashed assets with long caching, every other path gets index.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export function webAppRouter(distDir: string): Router | null {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }));
  router.use(express.static(distDir, { index: false }));
  router.get('/{*splat}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
