// POST /imports/:kind: the administrator's upload of a city's data file (multipart field `file`, CSV). `mode`
// check answers the report without writing; import writes it when the whole file is valid; import-valid writes
// its valid rows. The answer is the report (200) or a JSON error; each row issue names row, column and code,
// which the web translates.
import type { Locale } from '@citydesk/domain';
import express, { type Request, type Router } from 'express';
import { AppError, invalidInput, notAllowed } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { MAX_ATTACHMENT_BYTES } from '../services/attachments/attachment-rules.ts';
import { resolveSession } from '../services/auth/sessions.ts';
import type { ServiceDeps } from '../services/context.ts';
import { importCityData, importKinds } from '../services/imports/import-city-data.ts';
import { readCsv } from '../services/imports/read-import-file.ts';
import { sendJsonError } from './json-errors.ts';
import {
  discardUnreadBody,
  MULTIPART_OVERHEAD_BYTES,
  receiveFile,
  tooLarge,
  uploadCsrfHeader,
} from './multipart-upload.ts';
import { pickLocale, sessionTokenOf } from './request-context.ts';

const modes = ['check', 'import', 'import-valid'] as const;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

export function importsRouter(deps: ServiceDeps, options: { sessionTtlMs: number; log?: Logger }): Router {
  const log = options.log ?? deps.log;
  const router = express.Router();

  router.post('/imports/:kind', async (req: Request, res) => {
    let locale: Locale = pickLocale(req.get('x-citydesk-locale'), undefined, req.get('accept-language'));
    try {
      if (req.get(uploadCsrfHeader) !== '1') throw notAllowed();
      const viewer = await resolveSession(deps.db, sessionTokenOf(req), {
        ttlMs: options.sessionTtlMs,
        now: deps.clock(),
      });
      if (!viewer) throw new AppError('UNAUTHENTICATED');
      locale = pickLocale(req.get('x-citydesk-locale'), viewer.locale, req.get('accept-language'));
      const kind = req.params.kind;
      if (!isOneOf(importKinds, kind)) throw invalidInput([{ field: 'kind', code: 'invalid_choice' }]);
      const mode = req.query.mode ?? 'check';
      if (!isOneOf(modes, mode)) throw invalidInput([{ field: 'mode', code: 'invalid_choice' }]);
      if (Number(req.get('content-length')) > MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES)
        throw tooLarge();

      const file = await receiveFile(req, MAX_ATTACHMENT_BYTES);
      const result = await importCityData(
        deps,
        viewer,
        kind,
        { ...readCsv(file.bytes), bytes: file.bytes },
        { dryRun: mode === 'check', validRowsOnly: mode === 'import-valid', source: file.fileName },
      );
      res.status(200).json(result);
    } catch (error) {
      discardUnreadBody(req);
      sendJsonError(req, res, error, log, locale);
    }
  });

  return router;
}
