import { useTranslation } from 'react-i18next';
import type { DeskApplicationDetailFragment } from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import { Badge, IconPrinter } from '../../../ui/index.ts';

/** Certificates and receipts issued for the application, each with its PDF (to hand to the client). */
export function IssuedDocuments({ documents }: { documents: DeskApplicationDetailFragment['documents'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="desk-documents" data-testid="issued-documents">
      {documents.map((d) => (
        <li key={d.id} className="desk-documents__item" data-testid="issued-document">
          <span className="cell-stack">
            <span>
              {t('eServiceDesk.detail.issuedNumber', {
                number: isolate(d.number),
                date: format.date(d.issuedAt),
              })}
            </span>
            <span className="cell-sub">
              {t('eServiceDesk.detail.verificationCode', { code: isolate(d.verificationCode) })}
            </span>
          </span>
          {d.revoked ? (
            <Badge tone="danger">{t('eServiceDesk.detail.revoked')}</Badge>
          ) : (
            <a
              href={d.pdfUrl}
              target="_blank"
              rel="noopener"
              className="button button--secondary button--sm"
              data-testid="issued-document-pdf"
              download
            >
              <IconPrinter size={16} />
              {t('eServiceDesk.detail.downloadPdf')}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
