// Printable documents for the session's user, rendered on request in their language (`?lang=xx` for
// another): GET /requests/:id/work-order.pdf (a repair's work order) and GET /documents/:id.pdf (a
// certificate or receipt issued for an application). The web app's SPA fallback serves the pages the QR
// codes open; only the `.pdf` paths are served here. POST /track/documents/:id.pdf with `{ number, code }`
// serves a client without an account (an application filed for them, opened with its access code). Errors are JSON `{ error: { code, message } }`,
// the message in the caller's language.
import { isLocale, type Locale } from '@citydesk/i18n';
import express, { type Request, type Response, type Router } from 'express';
import { AppError } from '../errors.ts';
import { resolveSession, type Viewer } from '../services/auth/sessions.ts';
import type { ServiceDeps } from '../services/context.ts';
import { issuedDocumentPdf } from '../services/documents/issued-document-pdf.ts';
import { trackedDocumentPdf } from '../services/applications/client-access.ts';
import type { VerificationThrottle } from '../infra/rate-limit/verification-throttle.ts';
import { workOrderPdf } from '../services/work-orders/render-work-order-pdf.ts';
import { contentDisposition } from './files-http.ts';
import { sendJsonError } from './json-errors.ts';
import { useDocumentPolicy } from './security-headers.ts';
import { pickLocale, sessionTokenOf } from './request-context.ts';

export interface PdfRouterOptions {
  sessionTtlMs: number;
  /** The address users reach (PUBLIC_URL); unset = http://localhost:<the port the request came in on>. */
  publicUrl: string | undefined;
}

type Render = (input: {
  viewer: Viewer;
  id: string;
  locale: Locale;
  publicUrl: string;
}) => Promise<{ fileName: string; bytes: Buffer }>;

export function pdfRouter(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'log'> & { verificationThrottle: VerificationThrottle },
  options: PdfRouterOptions,
): Router {
  const router = express.Router();

  function sendPdf(res: Response, pdf: { fileName: string; bytes: Buffer }) {
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(pdf.bytes.length));
    res.setHeader('Content-Disposition', contentDisposition(false, pdf.fileName));
    // Personal data: no shared caches; only this site's pages may embed it.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    useDocumentPolicy(res);
    res.end(pdf.bytes);
  }
  const publicUrlOf = (req: Request) => options.publicUrl ?? `http://localhost:${req.socket.localPort}`;

  const serve = (render: Render) => async (req: Request<{ id: string }>, res: Response) => {
    const requested = isLocale(req.query.lang) ? req.query.lang : undefined;
    let locale = pickLocale(requested, undefined, req.get('accept-language'));
    try {
      const viewer = await resolveSession(deps.db, sessionTokenOf(req), {
        ttlMs: options.sessionTtlMs,
        now: deps.clock(),
      });
      if (!viewer) throw new AppError('UNAUTHENTICATED');
      locale = requested ?? viewer.locale;
      sendPdf(res, await render({ viewer, id: req.params.id, locale, publicUrl: publicUrlOf(req) }));
    } catch (error) {
      sendJsonError(req, res, error, deps.log, locale);
    }
  };

  router.get(
    '/requests/:id/work-order.pdf',
    serve(({ viewer, id, locale, publicUrl }) =>
      workOrderPdf(deps, viewer, { requestId: id, publicUrl, locale }),
    ),
  );
  router.get(
    '/documents/:id.pdf',
    serve(({ viewer, id, locale, publicUrl }) =>
      issuedDocumentPdf(deps, viewer, { documentId: id, publicUrl, locale }),
    ),
  );
  // A client without an account: the application's number and access code in the body (never in the URL,
  // which logs and histories keep).
  router.post('/track/documents/:id.pdf', express.json({ limit: '1kb' }), async (req, res) => {
    const requested = isLocale(req.query.lang) ? req.query.lang : undefined;
    const locale = pickLocale(requested, undefined, req.get('accept-language'));
    const body = (req.body ?? {}) as { number?: unknown; code?: unknown };
    try {
      if (typeof body.number !== 'string' || typeof body.code !== 'string') throw new AppError('NOT_FOUND');
      const pdf = await trackedDocumentPdf(deps, {
        number: body.number,
        code: body.code,
        ip: req.ip ?? 'unknown',
        documentId: String(req.params.id),
        publicUrl: publicUrlOf(req),
        locale,
      });
      sendPdf(res, pdf);
    } catch (error) {
      sendJsonError(req, res, error, deps.log, locale);
    }
  });
  return router;
}
