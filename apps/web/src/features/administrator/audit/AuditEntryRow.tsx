import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import type { AuditFilterState } from './audit-filter.ts';
import { actionLabel, targetLabel, type AuditEntry } from './audit-labels.ts';
import { AuditDetails } from './AuditDetails.tsx';

/** One audit entry: when (the city's time), what, who from where, about what, and the details. */
export function AuditEntryRow({
  entry,
  onPick,
}: {
  entry: AuditEntry;
  /** Narrows the list to this row's person or object. */
  onPick: (narrowed: Pick<AuditFilterState, 'actor'> | Pick<AuditFilterState, 'target'>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const target = targetLabel(t, entry);
  const failed = entry.action.endsWith('.failed');
  return (
    <tr className={failed ? 'audit-row audit-row--failed' : 'audit-row'}>
      <td className="audit-row__when">
        <time dateTime={entry.occurredAt}>{format.compactDateTime(entry.occurredAt)}</time>
      </td>
      <td>
        <span className="audit-row__action">{actionLabel(t, entry.action)}</span>
        <code className="audit-row__code" dir="ltr">
          {entry.action}
        </code>
      </td>
      <td>
        {entry.actor ? (
          <button
            type="button"
            className="audit-row__pick"
            title={t('audit.onlyActor', { name: entry.actor.displayName })}
            onClick={() => onPick({ actor: { id: entry.actor!.id, name: entry.actor!.displayName } })}
          >
            <bdi>{entry.actor.displayName}</bdi>
          </button>
        ) : (
          // No actor: a sign-in nobody could be named for, or the platform itself (a payment provider's word).
          <span>{t(entry.action.startsWith('auth.') ? 'audit.anonymous' : 'audit.system')}</span>
        )}
        <span className="audit-row__muted">
          {[entry.actorRole ? t(`role.${entry.actorRole}`) : null, entry.organizationName]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {entry.clientIp ? (
          <span className="audit-row__muted">{t('audit.fromAddress', { ip: isolate(entry.clientIp) })}</span>
        ) : null}
      </td>
      <td>
        {target && entry.targetId ? (
          <button
            type="button"
            className="audit-row__pick"
            title={t('audit.onlyTarget')}
            onClick={() => onPick({ target: { id: entry.targetId!, label: target } })}
          >
            <bdi>{target}</bdi>
          </button>
        ) : (
          <span className="audit-row__muted">—</span>
        )}
      </td>
      <td>
        <AuditDetails entry={entry} />
      </td>
    </tr>
  );
}
