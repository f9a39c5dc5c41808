import { auditActionGroups, type AuditActionGroup } from '@citydesk/domain';
import { useTranslation } from 'react-i18next';
import { Button, IconX, Select, TextField } from '../../../ui/index.ts';
import { hasFilters, noFilters, type AuditFilterState } from './audit-filter.ts';
import { actionLabel } from './audit-labels.ts';

const groups = Object.keys(auditActionGroups) as AuditActionGroup[];

/** The action (one, or a whole group), the days, and the person or object picked from a row, as removable chips. */
export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
}) {
  const { t } = useTranslation();
  const chips = [
    value.actor && {
      key: 'actor',
      text: t('audit.filters.byActor', { name: value.actor.name }),
      clear: () => onChange({ ...value, actor: null }),
    },
    value.target && {
      key: 'target',
      text: t('audit.filters.aboutTarget', { target: value.target.label }),
      clear: () => onChange({ ...value, target: null }),
    },
  ].filter((chip) => !!chip);

  return (
    <div className="audit-filters">
      <div className="audit-filters__fields">
        <Select
          label={t('audit.filters.action')}
          required={false}
          value={value.action}
          onChange={(event) => onChange({ ...value, action: event.target.value })}
        >
          <option value="">{t('audit.filters.allActions')}</option>
          {groups.map((group) => (
            <optgroup key={group} label={t(`audit.groups.${group}`)}>
              <option value={group}>
                {t('audit.filters.allOfGroup', { group: t(`audit.groups.${group}`) })}
              </option>
              {auditActionGroups[group].map((action) => (
                <option key={action} value={action}>
                  {actionLabel(t, action)}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <TextField
          type="date"
          label={t('audit.filters.from')}
          required={false}
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => onChange({ ...value, from: event.target.value })}
        />
        <TextField
          type="date"
          label={t('audit.filters.to')}
          required={false}
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => onChange({ ...value, to: event.target.value })}
        />
      </div>
      {chips.length > 0 || hasFilters(value) ? (
        <div className="audit-filters__chips">
          {chips.map((chip) => (
            <span key={chip.key} className="audit-filters__chip">
              <bdi>{chip.text}</bdi>
              <button
                type="button"
                className="audit-filters__chip-remove"
                aria-label={t('audit.filters.remove', { filter: chip.text })}
                onClick={chip.clear}
              >
                <IconX size={14} />
              </button>
            </span>
          ))}
          <Button variant="ghost" size="sm" onClick={() => onChange(noFilters)}>
            {t('audit.filters.clear')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
