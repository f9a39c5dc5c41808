import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import type { AttachmentFields } from './types.ts';
import './AttachmentList.css';

// Browsers draw these; HEIC and PDF open as files.
const showable = /^image\/(jpeg|png|webp|gif)$/;

/** A step's files: image thumbnails that open full size in a new tab, other files as download links. */
export function AttachmentList({ attachments }: { attachments: readonly AttachmentFields[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => showable.test(a.mimeType));
  const files = attachments.filter((a) => !showable.test(a.mimeType));
  return (
    <div className="attachments" data-testid="attachments">
      {images.length > 0 ? (
        <ul className="attachments__thumbs">
          {images.map((a) => (
            <li key={a.id}>
              <a
                href={a.url}
                target="_blank"
                rel="noopener"
                className="attachments__thumb"
                data-testid="attachment-image"
                data-kind={a.kind}
                aria-label={t('request.openFull', { name: isolate(a.fileName) })}
              >
                <img src={a.url} alt={a.fileName} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <ul className="attachments__files">
          {files.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noopener" data-testid="attachment-file" data-kind={a.kind}>
                <bdi>{a.fileName}</bdi>
              </a>{' '}
              <span className="attachments__meta">
                {t(`attachmentKind.${a.kind}`)} ·{' '}
                {t('request.fileSize', { size: format.number(Math.max(1, Math.round(a.sizeBytes / 1024))) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
