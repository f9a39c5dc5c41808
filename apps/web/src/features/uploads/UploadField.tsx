import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import { uploadErrorMessage } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { IconAlert, IconCheck, IconPlus, IconX } from '../../ui/index.ts';
import type { UseUpload } from './useUpload.ts';
import './UploadField.css';

export interface UploadFieldProps {
  upload: UseUpload;
  label: string;
  hint?: string;
  /** Already translated; e.g. "required" when the form was sent without a file. */
  error?: string | undefined;
  accept: string;
  max: number;
  optional?: boolean;
  'data-testid'?: string;
}

/** Drag & drop or a normal file input; each file uploads at once with its own progress, error and remove button. */
export function UploadField({
  upload,
  label,
  hint,
  error,
  accept,
  max,
  optional = false,
  'data-testid': testId,
}: UploadFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = `upload${useId().replace(/:/g, '')}`;
  const [dragging, setDragging] = useState(false);
  const full = upload.items.length >= max;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!full && event.dataTransfer.files.length > 0) upload.add(event.dataTransfer.files);
  };

  return (
    <div className={['field', 'upload', error ? 'field--invalid' : ''].join(' ')} data-testid={testId}>
      <span className="field__label" id={`${id}-label`}>
        {label}
        {optional ? <span className="field__optional">({t('common.optional')})</span> : null}
      </span>
      <p className="field__hint" id={`${id}-hint`}>
        {hint ? `${hint} ` : ''}
        {max > 1 ? t('upload.limits', { max: format.number(max) }) : t('upload.limitsOne')}
      </p>
      {!full ? (
        <div
          className={['upload__zone', dragging ? 'upload__zone--active' : ''].join(' ')}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="upload-dropzone"
        >
          <IconPlus size={20} />
          <span>{max > 1 ? t('upload.dropHere') : t('upload.dropHereOne')}</span>
          <label className="upload__choose" htmlFor={id}>
            {max > 1 ? t('upload.choose') : t('upload.chooseOne')}
          </label>
          <input
            id={id}
            className="upload__input"
            type="file"
            accept={accept}
            multiple={max > 1}
            aria-labelledby={`${id}-label`}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              if (event.target.files) upload.add(event.target.files);
              event.target.value = '';
            }}
          />
        </div>
      ) : null}
      {upload.overflow ? (
        <p className="field__error" role="alert">
          <IconAlert size={16} />
          <span>{t('validation.too_many_files')}</span>
        </p>
      ) : null}
      {upload.items.length > 0 ? (
        <ul className="upload__list" aria-label={label}>
          {upload.items.map((item) => {
            const name = item.file.name;
            const percent = Math.round(item.progress * 100);
            return (
              <li
                key={item.key}
                className={`upload__item upload__item--${item.status}`}
                data-testid="upload-item"
                data-status={item.status}
              >
                {item.previewUrl ? (
                  <img className="upload__thumb" src={item.previewUrl} alt="" />
                ) : (
                  <span className="upload__thumb upload__thumb--file" aria-hidden="true" />
                )}
                <div className="upload__body">
                  <bdi className="upload__name">{name}</bdi>
                  {item.status === 'uploading' ? (
                    <div
                      className="upload__bar"
                      role="progressbar"
                      aria-label={t('upload.progress', { name: isolate(name) })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={percent}
                    >
                      <span className="upload__bar-fill" style={{ inlineSize: `${percent}%` }} />
                    </div>
                  ) : item.status === 'done' ? (
                    <span className="upload__ok">
                      <IconCheck size={14} />
                      {t('upload.uploaded')}
                    </span>
                  ) : (
                    <span className="upload__error" role="alert">
                      <IconAlert size={14} />
                      {item.errorMessage ?? uploadErrorMessage(item.errorCode ?? '', t)}
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="upload__remove"
                  aria-label={t('upload.remove', { name: isolate(name) })}
                  onClick={() => upload.remove(item.key)}
                >
                  <IconX size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          <IconAlert size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
