import { useCallback, useEffect, useRef, useState } from 'react';
import { currentLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import {
  MAX_UPLOAD_BYTES,
  UploadError,
  uploadFile,
  type AttachmentKind,
  type UploadedFile,
} from '../../lib/upload.ts';

export interface UploadItem {
  key: string;
  file: File;
  /** An object URL for image thumbnails, revoked when the item goes. */
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'error';
  /** 0…1 */
  progress: number;
  uploaded: UploadedFile | null;
  /** A code: `validation.*` or `errors.*` (NETWORK included). */
  errorCode: string | null;
  /** The server's own (translated) message, when it sent one. */
  errorMessage: string | null;
}

export interface UseUpload {
  items: UploadItem[];
  add(files: Iterable<File>): void;
  remove(key: string): void;
  reset(): void;
  /** Ids of the files that finished uploading, in order. */
  ids: string[];
  busy: boolean;
  /** Too many files were offered at once: nothing beyond `max` is kept. */
  overflow: boolean;
}

const previewable = /^image\/(jpeg|png|webp|gif)$/;
let counter = 0;
const isIssue = (code: string) => /^[a-z_]+$/.test(code);

/** Uploads files as they are chosen, one XHR each, with progress; the form sends only the ids. */
export function useUpload({ kind, max }: { kind: AttachmentKind; max: number }): UseUpload {
  const i18n = useI18nInstance();
  const [items, setItems] = useState<UploadItem[]>([]);
  const [overflow, setOverflow] = useState(false);
  const aborts = useRef(new Map<string, () => void>());
  const previews = useRef(new Map<string, string>());
  // How many items there are, synchronously (several drops can come before a render).
  const count = useRef(0);

  const update = useCallback((key: string, patch: Partial<UploadItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const start = useCallback(
    (item: UploadItem) => {
      const handle = uploadFile(item.file, kind, {
        locale: currentLocale(i18n),
        onProgress: (progress) => update(item.key, { progress }),
      });
      aborts.current.set(item.key, handle.abort);
      handle.promise.then(
        (uploaded) => update(item.key, { status: 'done', progress: 1, uploaded }),
        (error: unknown) => {
          if (error instanceof UploadError && error.code === 'ABORTED') return;
          const code = error instanceof UploadError ? error.code : 'INTERNAL';
          // Issue codes are translated here; the server's own message is used only for other errors.
          const message =
            error instanceof UploadError && error.fromServer && code === error.code && !isIssue(code)
              ? error.message
              : null;
          update(item.key, { status: 'error', errorCode: code, errorMessage: message });
        },
      );
    },
    [i18n, kind, update],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const offered = [...files];
      const room = Math.max(0, max - count.current);
      setOverflow(offered.length > room);
      const added = offered.slice(0, room).map<UploadItem>((file) => {
        const key = `upload-${++counter}`;
        const previewUrl =
          previewable.test(file.type) && typeof URL.createObjectURL === 'function'
            ? URL.createObjectURL(file)
            : null;
        if (previewUrl) previews.current.set(key, previewUrl);
        // A too-large file never leaves the browser.
        const tooLarge = file.size > MAX_UPLOAD_BYTES;
        return {
          key,
          file,
          previewUrl,
          status: tooLarge ? 'error' : 'uploading',
          progress: 0,
          uploaded: null,
          errorCode: tooLarge ? 'file_too_large' : null,
          errorMessage: null,
        };
      });
      count.current += added.length;
      setItems((list) => [...list, ...added]);
      added.filter((item) => item.status === 'uploading').forEach(start);
    },
    [max, start],
  );

  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.();
    aborts.current.delete(key);
    const preview = previews.current.get(key);
    if (preview) URL.revokeObjectURL(preview);
    previews.current.delete(key);
    setOverflow(false);
    count.current = Math.max(0, count.current - 1);
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  const reset = useCallback(() => {
    aborts.current.forEach((abort) => abort());
    aborts.current.clear();
    previews.current.forEach((url) => URL.revokeObjectURL(url));
    previews.current.clear();
    setOverflow(false);
    count.current = 0;
    setItems([]);
  }, []);

  useEffect(() => {
    const pendingAborts = aborts.current;
    const pendingPreviews = previews.current;
    return () => {
      pendingAborts.forEach((abort) => abort());
      pendingPreviews.forEach((url) => URL.revokeObjectURL(url));
    };
  }, []);

  return {
    items,
    add,
    remove,
    reset,
    ids: items.flatMap((item) => (item.uploaded ? [item.uploaded.id] : [])),
    busy: items.some((item) => item.status === 'uploading'),
    overflow,
  };
}
