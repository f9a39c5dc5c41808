import { formatVerificationCode } from '@citydesk/domain';
import { messages } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import { Badge } from '../../../ui/index.ts';
import './e-services.css';

export interface IssuedDocumentFields {
  id: string;
  kind: string;
  number: string;
  issuedAt: string;
  pdfUrl: string;
  revoked: boolean;
  verificationCode: string;
}

type DocumentKind = Exclude<keyof (typeof messages.en)['eServices']['documentKind'], 'other'>;
const isDocumentKind = (kind: string): kind is DocumentKind =>
  kind !== 'other' && kind in messages.en.eServices.documentKind;

/** The documents an application produced: what, number, date, verification code, and a PDF download. */
export function IssuedDocuments({ documents }: { documents: readonly IssuedDocumentFields[] }) {
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
          <li key={document.id} className="issued-document" data-testid="issued-document">
            <div className="issued-document__text">
              <p className="issued-document__name">
                {name}{' '}
                {document.revoked ? <Badge tone="danger">{t('eServices.result.revoked')}</Badge> : null}
              </p>
              <p className="issued-document__meta">
                {t('eServices.result.documentNumber', { number: isolate(document.number) })} ·{' '}
                {t('eServices.result.issuedOn', { date: format.date(document.issuedAt) })}
              </p>
              <p className="issued-document__code">
                <span className="issued-document__code-label">{t('eServices.result.verificationCode')}</span>{' '}
                <code dir="ltr" data-testid="verification-code">
                  {formatVerificationCode(document.verificationCode)}
                </code>
              </p>
            </div>
            <a
              className="button button--secondary button--md"
              href={document.pdfUrl}
              download
              aria-label={t('eServices.result.downloadLabel', { name })}
              data-testid="document-download"
            >
              <span className="button__label">{t('eServices.result.download')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
