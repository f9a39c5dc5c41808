import { useTranslation } from 'react-i18next';
import { detailsOf, type AuditEntry } from './audit-labels.ts';

/** What the row's target label already says, so it is not repeated below it. */
const shownElsewhere = new Set(['number', 'login', 'serialNumber', 'before', 'after']);

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * A row's details: each changed field as `field: before → after`, the other facts as `key: value` (keys are
 * the data's own names), and everything, with the request id, behind a disclosure.
 */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const details = detailsOf(entry);
  const before = asObject(details.before);
  const after = asObject(details.after);
  const changed = Object.keys(after);
  const facts = Object.entries(details).filter(([key]) => !shownElsewhere.has(key));
  return (
    <div className="audit-details">
      {changed.length > 0 || facts.length > 0 ? (
        <dl className="audit-details__list">
          {changed.map((field) => (
            <div key={`changed-${field}`}>
              <dt>
                <code>{field}</code>
              </dt>
              <dd>
                <bdi>{text(before[field])}</bdi> <span className="audit-details__arrow">→</span>{' '}
                <bdi>{text(after[field])}</bdi>
              </dd>
            </div>
          ))}
          {facts.map(([key, value]) => (
            <div key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd>
                <bdi>{text(value)}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <details className="audit-details__all">
        <summary>{t('audit.allDetails')}</summary>
        <pre dir="ltr">{JSON.stringify(details, null, 2)}</pre>
        {entry.requestId ? (
          <p className="audit-details__request">
            {t('audit.requestId')}: <code dir="ltr">{entry.requestId}</code>
          </p>
        ) : null}
      </details>
    </div>
  );
}
