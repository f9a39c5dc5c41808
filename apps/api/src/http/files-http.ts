// REST where GraphQL is the wrong tool: files. POST /files takes one multipart upload, streamed with
// the size limit enforced while reading; GET /files/:id streams a file back to whoever may see it.
// Errors are JSON `{ error: { code, message, issues? } }`, the message in the caller's language.
import { pipeline } from 'node:stream/promises';
import type { Locale } from '@citydesk/domain';
import express, { type Request, type Response, type Router } from 'express';
import { AppError, invalidInput, notAllowed } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { isAttachmentKind, MAX_ATTACHMENT_BYTES } from '../services/attachments/attachment-rules.ts';
import { openAttachment } from '../services/attachments/read-attachment.ts';
import { uploadAttachment, type AttachmentDeps } from '../services/attachments/upload-attachment.ts';
import { uploadQuotaRefusal } from '../services/attachments/upload-quota.ts';
import { resolveSession, type Viewer } from '../services/auth/sessions.ts';
import { sendJsonError } from './json-errors.ts';
import {
  discardUnreadBody,
  MULTIPART_OVERHEAD_BYTES,
  receiveFile,
  tooLarge,
  uploadCsrfHeader,
} from './multipart-upload.ts';
import { useDocumentPolicy } from './security-headers.ts';
import { pickLocale, sessionTokenOf } from './request-context.ts';

/** What a successful upload answers (201). */
export interface UploadedFile {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export function filesRouter(deps: AttachmentDeps, options: { sessionTtlMs: number; log?: Logger }): Router {
  const log = options.log ?? deps.log;
  const router = express.Router();

  const viewerOf = (req: Request) =>
    resolveSession(deps.db, sessionTokenOf(req), { ttlMs: options.sessionTtlMs, now: deps.clock() });
  const localeOf = (req: Request, viewer: Viewer | null): Locale =>
    pickLocale(req.get('x-citydesk-locale'), viewer?.locale, req.get('accept-language'));

  function sendError(req: Request, res: Response, locale: Locale, error: unknown) {
    discardUnreadBody(req);
    sendJsonError(req, res, error, log, locale);
  }

  router.post('/files', async (req, res) => {
    let locale = localeOf(req, null);
    try {
      // Checked before the session so a forged cross-site post costs no database work.
      if (req.get(uploadCsrfHeader) !== '1') throw notAllowed();
      const viewer = await viewerOf(req);
      if (!viewer) throw new AppError('UNAUTHENTICATED');
      locale = localeOf(req, viewer);
      const kind = req.query.kind;
      if (!isAttachmentKind(kind)) throw invalidInput([{ field: 'kind', code: 'invalid_choice' }]);
      if (Number(req.get('content-length')) > MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES)
        throw tooLarge();
      // An uploader whose quota is already full is answered before sending 10 MB for nothing.
      const overQuota = await uploadQuotaRefusal(deps.db, viewer, 0, deps.clock());
      if (overQuota) throw overQuota;

      const file = await receiveFile(req, MAX_ATTACHMENT_BYTES);
      const attachment = await uploadAttachment(deps, viewer, {
        kind,
        fileName: file.fileName,
        bytes: file.bytes,
      });
      const body: UploadedFile = {
        id: attachment.id,
        kind: attachment.kind,
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        sizeBytes: attachment.sizeBytes,
      };
      res.status(201).json(body);
    } catch (error) {
      sendError(req, res, locale, error);
    }
  });

  router.get('/files/:id', async (req, res) => {
    let locale = localeOf(req, null);
    try {
      const viewer = await viewerOf(req);
      if (!viewer) throw new AppError('UNAUTHENTICATED');
      locale = localeOf(req, viewer);
      const { attachment, stream } = await openAttachment(deps, viewer, req.params.id);
      const etag = `"${attachment.sha256}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Only this site's pages may embed it, whatever cookies a browser would send.
      res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      useDocumentPolicy(res);
      if (req.get('if-none-match') === etag) {
        stream.destroy();
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Type', attachment.mimeType);
      res.setHeader('Content-Length', String(attachment.sizeBytes));
      res.setHeader(
        'Content-Disposition',
        contentDisposition(req.query.download === '1', attachment.fileName),
      );
      try {
        await pipeline(stream, res);
      } catch (error) {
        // The client went away mid-download; nothing to answer.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
          log.error({ err: error, attachmentId: attachment.id }, 'files: download failed midway');
      }
    } catch (error) {
      sendError(req, res, locale, error);
    }
  });

  return router;
}

/** `inline` (or `attachment`) with an ASCII fallback name and the exact UTF-8 name (RFC 6266/8187). */
export function contentDisposition(download: boolean, fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
