// POST /files: one multipart upload with real progress (fetch cannot report upload progress, XHR can).
// The session cookie goes along (same origin); the header proves the request comes from the app (CSRF).
import { maxAttachmentBytes } from '@citydesk/domain';

export type AttachmentKind = 'PHOTO' | 'SIGNED_WORK_ORDER' | 'DOCUMENT';

export interface UploadedFile {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** Why an upload failed: an API code (`errors.*`), a validation code (`validation.*`), or NETWORK. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The message is the server's, in the user's language (not a developer note). */
    readonly fromServer = false,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** The server's limit, from the shared domain package. */
export const MAX_UPLOAD_BYTES = maxAttachmentBytes;

export type UploadHandle = FileHandle<UploadedFile>;

function readError(xhr: XMLHttpRequest): UploadError {
  try {
    const body = JSON.parse(xhr.responseText) as {
      error?: { code?: string; message?: string; issues?: { code?: string }[] };
    };
    const issue = body.error?.issues?.find((i) => typeof i.code === 'string')?.code;
    const code = issue ?? body.error?.code ?? (xhr.status === 413 ? 'file_too_large' : 'INTERNAL');
    const message = body.error?.message;
    return message ? new UploadError(code, message, true) : new UploadError(code, code);
  } catch {
    return new UploadError(xhr.status === 413 ? 'file_too_large' : 'INTERNAL', `HTTP ${xhr.status}`);
  }
}

export interface FileHandle<T> {
  promise: Promise<T>;
  abort(): void;
}

/** POSTs one file as multipart field `file` to `url` with upload progress; resolves with the JSON answer. */
export function sendFile<T>(
  url: string,
  file: File,
  { onProgress, locale }: { onProgress?: (fraction: number) => void; locale?: string } = {},
): FileHandle<T> {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-citydesk-upload', '1');
    if (locale) xhr.setRequestHeader('x-citydesk-locale', locale);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new UploadError('INTERNAL', 'Bad response'));
        }
      } else {
        reject(readError(xhr));
      }
    };
    xhr.onerror = () => reject(new UploadError('NETWORK', 'Network error'));
    xhr.onabort = () => reject(new UploadError('ABORTED', 'Aborted'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

export function uploadFile(
  file: File,
  kind: AttachmentKind,
  options: { onProgress?: (fraction: number) => void; locale?: string } = {},
): UploadHandle {
  return sendFile<UploadedFile>(`/files?kind=${kind}`, file, options);
}
