// Serves the built SPA: hashed assets with long caching, and index.html for the browser's pages. Paths
// that belong to the API (or a missing asset) are never answered with the SPA: they fall through to
// the JSON 404.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** Where the API and the build's files live: an unknown path here is a 404, not a page of the app. */
const notPages =
  /^\/(api|graphql|files|payments|assets|healthz|readyz|open311)(\/|$)|\.(pdf|js|css|map|json)$/;

export function webAppRouter(distDir: string): Router | null {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }),
  );
  router.use(express.static(distDir, { index: false }));
  router.get('/{*splat}', (req, res, next) => {
    if (notPages.test(req.path) || req.accepts(['html', 'json']) !== 'html') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
