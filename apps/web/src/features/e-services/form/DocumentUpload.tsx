import type { DocumentRequirement } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/bidi.ts';
import { MAX_UPLOAD_BYTES, type AttachmentKind } from '../../../lib/upload.ts';
import { UploadField } from '../../uploads/UploadField.tsx';
import { useUpload, type UseUpload } from '../../uploads/useUpload.ts';
import { formatBytes, formatFileTypes } from './form-values.ts';
import { localized } from './localized.ts';

/** What the wizard needs to know of one requirement's files. */
export interface DocumentFiles {
  ids: string[];
  names: string[];
  busy: boolean;
}

export interface DocumentUploadProps {
  requirement: DocumentRequirement;
  locale: Locale;
  uploadKind: AttachmentKind;
  /** Already translated (e.g. "Attach this document."). */
  error?: string | undefined;
  onChange: (kind: string, files: DocumentFiles) => void;
}

const extensionTypes: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function typeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return extensionTypes[extension] ?? '';
}

/** The `accept` attribute: the MIME types and their usual extensions (some systems know only the latter). */
function acceptAttribute(accept: readonly string[]): string {
  const extensions = Object.entries(extensionTypes)
    .filter(([, type]) => accept.includes(type))
    .map(([extension]) => `.${extension}`);
  return [...accept, ...extensions].join(',');
}

/** One document requirement: an upload field that refuses, before sending, files of the wrong type or size. */
export function DocumentUpload({ requirement, locale, uploadKind, error, onChange }: DocumentUploadProps) {
  const { t } = useTranslation();
  const upload = useUpload({ kind: uploadKind, max: requirement.maxFiles });
  const [refused, setRefused] = useState<string[]>([]);
  const maxBytes = Math.min(requirement.maxBytes, MAX_UPLOAD_BYTES);
  const types = formatFileTypes(requirement.accept, locale);
  const size = formatBytes(maxBytes, locale);

  const guarded: UseUpload = {
    ...upload,
    add(files) {
      const accepted: File[] = [];
      const messages: string[] = [];
      for (const file of files) {
        const name = isolate(file.name);
        if (!(requirement.accept as readonly string[]).includes(typeOf(file))) {
          messages.push(t('eServices.form.fileTypeNotAllowed', { name, types }));
        } else if (file.size > maxBytes) {
          messages.push(t('eServices.form.fileTooLarge', { name, size }));
        } else {
          accepted.push(file);
        }
      }
      setRefused(messages);
      if (accepted.length > 0) upload.add(accepted);
    },
    remove(key) {
      setRefused([]);
      upload.remove(key);
    },
  };

  const done = upload.items.filter((item) => item.status === 'done' && item.uploaded);
  const ids = done.map((item) => item.uploaded?.id ?? '').join('\n');
  const names = done.map((item) => item.uploaded?.fileName || item.file.name).join('\n');
  const { busy } = upload;
  const { kind } = requirement;
  useEffect(() => {
    onChange(kind, { ids: ids ? ids.split('\n') : [], names: names ? names.split('\n') : [], busy });
  }, [kind, ids, names, busy, onChange]);

  const help = localized(requirement.help, locale);
  const limits = t('eServices.form.documentLimits', { types, size });
  return (
    <UploadField
      upload={guarded}
      label={localized(requirement.label, locale)}
      hint={help ? `${help} ${limits}` : limits}
      error={[error, ...refused].filter(Boolean).join(' ') || undefined}
      accept={acceptAttribute(requirement.accept)}
      max={requirement.maxFiles}
      optional={!requirement.required}
      data-testid={`document-${kind}`}
    />
  );
}
