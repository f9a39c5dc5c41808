// One file from a multipart upload, read into memory with its size limit enforced while reading, and the
// manners of refusing one (the rest of the body discarded, not parsed); shared by attachments and imports.
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { invalidInput } from '../errors.ts';

/** Uploads must carry this header with the value `1`: a cross-site form cannot set it (CSRF). */
export const uploadCsrfHeader = 'x-citydesk-upload';

// After refusing a request whose body is still arriving, the rest is discarded (never parsed or
// kept) for at most this long, then the connection is cut. Closing at once would make the kernel
// reset the connection over the unread bytes, and the client could lose the answer with them.
const LINGER_MS = 3000;

// Multipart framing around the file (boundaries, part headers, a few small fields). A body
// declared longer than the limit plus this can only carry a file over the limit.
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const tooLarge = () => invalidInput([{ field: 'file', code: 'file_too_large' }]);
const noFile = () => invalidInput([{ field: 'file', code: 'required' }]);

/** Discards what is left of an unread request body; a client still sending after LINGER_MS is cut off. */
export function discardUnreadBody(req: IncomingMessage): void {
  if (req.complete) return;
  const cutOff = setTimeout(() => req.socket.destroy(), LINGER_MS);
  cutOff.unref();
  req.once('close', () => clearTimeout(cutOff));
  req.resume();
}

export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * Reads the multipart field `file` into memory, at most `maxBytes`: past that it stops reading the
 * request at once and rejects with `file_too_large`. Other fields and parts are skipped.
 */
export function receiveFile(req: IncomingMessage, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the UTF-8 name raw in `filename="…"`; busboy would read it as Latin-1.
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
      });
    } catch {
      reject(noFile()); // not multipart/form-data
      return;
    }
    let settled = false;
    let file: Promise<ReceivedFile> | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      reject(error);
    };

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      file = new Promise<ReceivedFile>((done, failed) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(tooLarge()));
        stream.on('error', failed);
        stream.on('end', () => done({ fileName: info.filename ?? '', bytes: Buffer.concat(chunks) }));
      });
      file.catch(fail);
    });
    parser.on('error', () => fail(noFile())); // malformed multipart
    parser.on('close', () => {
      if (!file) fail(noFile());
      else
        file.then((received) => {
          if (settled) return;
          settled = true;
          resolve(received);
        }, fail);
    });
    req.on('close', () => {
      if (!req.complete) fail(new Error('upload aborted by the client'));
    });
    req.pipe(parser);
  });
}
