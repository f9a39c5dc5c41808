// Security headers for every answer (helmet): a strict Content-Security-Policy the built SPA satisfies
// without exceptions (its scripts and styles are files of its own origin; no inline script), no framing
// by other sites, no MIME sniffing, the referrer cut to the origin across sites, and HSTS once the city
// serves it over https. PDFs and uploaded files replace the policy with `documentPolicy` (see there).
import type { RequestHandler, Response } from 'express';
import helmet from 'helmet';

export function securityHeaders(options: { publicUrl: string | undefined }): RequestHandler {
  const https = options.publicUrl?.startsWith('https:') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Images the app shows: its own, inline SVG icons in CSS, previews of files being uploaded.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        // GraphQL over HTTP and WebSocket to this origin ('self' covers ws:/wss: of it).
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 180 * 86_400, includeSubDomains: false } : false,
    // Not needed by the app and would block the PDF viewer and file previews opened in a new tab.
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * A PDF or an uploaded file opened in the browser: Chromium's PDF viewer does not render under
 * `object-src 'none'`, and no script of ours runs in such a document, so its policy only says who may
 * frame it (this site's pages).
 */
export function useDocumentPolicy(res: Response): void {
  res.setHeader('Content-Security-Policy', "frame-ancestors 'self'");
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
}
