import { formatVerificationCode, type DocumentRevocationReason, type DocumentStatus } from '@citydesk/domain';
import { messages } from '@citydesk/i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/bidi.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import { Badge } from '../../../ui/index.ts';
import './e-services.css';

export interface IssuedDocumentFields {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  pdfUrl: string;
  status: DocumentStatus;
  validUntil?: string | null;
  revokedAt?: string | null;
  revocationReason?: DocumentRevocationReason | null;
  verificationCode: string;
}

type DocumentKind = Exclude<keyof (typeof messages.en)['eServices']['documentKind'], 'other'>;
const isDocumentKind = (kind: string): kind is DocumentKind =>
  kind !== 'other' && kind in messages.en.eServices.documentKind;

const statusTone = { ISSUED: 'success', REVOKED: 'danger', EXPIRED: 'neutral' } as const;

/**
 * The documents an application produced: what, number, date, status (valid, revoked and why, expired),
 * verification code and a PDF download; `actions` adds the viewer's own steps (the desk's "revoke").
 */
export function IssuedDocuments<D extends IssuedDocumentFields>({
  documents,
  actions,
  download,
}: {
  documents: readonly D[];
  actions?: (document: D) => ReactNode;
  /** Replaces the PDF link (a page without a session downloads another way). */
  download?: (document: D, label: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (documents.length === 0) return <p className="muted-text">{t('eServices.result.noDocuments')}</p>;
  return (
    <ul className="issued-documents" data-testid="issued-documents">
      {documents.map((document) => {
        const name = isDocumentKind(document.kind)
          ? t(`eServices.documentKind.${document.kind}`)
          : t('eServices.documentKind.other');
        return (
          <li
            key={document.id}
            className="issued-document"
            data-testid="issued-document"
            data-status={document.status}
          >
            <div className="issued-document__text">
              <p className="issued-document__name">
                {name}{' '}
                <Badge tone={statusTone[document.status]}>
                  {t(`documentLifecycle.status.${document.status}`)}
                </Badge>
              </p>
              <p className="issued-document__meta">
                {t('eServices.result.documentNumber', { number: isolate(document.number) })} ·{' '}
                {t('eServices.result.issuedOn', { date: format.date(document.issuedAt) })}
                {document.validUntil ? (
                  <>
                    {' · '}
                    {t('documentLifecycle.validUntil', {
                      date: formatLocalDay(document.validUntil, format.locale),
                    })}
                  </>
                ) : null}
              </p>
              {document.revokedAt && document.revocationReason ? (
                <p className="issued-document__meta" data-testid="document-revocation">
                  {t('documentLifecycle.revokedOn', {
                    date: format.date(document.revokedAt),
                    reason: t(`documentLifecycle.reasons.${document.revocationReason}`),
                  })}
                </p>
              ) : null}
              <p className="issued-document__code">
                <span className="issued-document__code-label">{t('eServices.result.verificationCode')}</span>{' '}
                <code dir="ltr" data-testid="verification-code">
                  {formatVerificationCode(document.verificationCode)}
                </code>
              </p>
            </div>
            <div className="issued-document__actions">
              {download ? (
                download(document, t('eServices.result.downloadLabel', { name }))
              ) : (
                <a
                  className="button button--secondary button--md"
                  href={document.pdfUrl}
                  download
                  aria-label={t('eServices.result.downloadLabel', { name })}
                  data-testid="document-download"
                >
                  <span className="button__label">{t('eServices.result.download')}</span>
                </a>
              )}
              {actions?.(document)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
