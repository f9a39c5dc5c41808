import type { Messages } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import type { DashboardOptionsQuery, ServiceKind } from '../../../gql/dashboards/graphql.ts';
import { Button, Select, TextField } from '../../../ui/index.ts';
import { periodPresets, presetRange, serviceKinds, type FilterState, type PeriodPreset } from './filter.ts';

export interface OrganizationOption {
  id: string;
  kind: keyof Messages['organizationKind'];
  name: string;
}

type Options = DashboardOptionsQuery['dashboardOptions'];

/** Groups options by a key, keeping the first-seen order of the groups. */
function groupBy<T, K extends string>(items: ReadonlyArray<T>, key: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups];
}

/** The dashboard's filters: native controls, applied as they change (and written into the URL). */
export function DashboardFilters({
  state,
  options,
  organizations,
  todayDay,
  onChange,
  onReset,
}: {
  state: FilterState;
  options: Options | undefined;
  /** The administrator's organization choice; staff see only their own organization. */
  organizations?: ReadonlyArray<OrganizationOption> | undefined;
  todayDay: string;
  onChange: (changes: Partial<FilterState>) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const categories = (options?.categories ?? []).filter((c) => !state.kind || c.kind === state.kind);
  return (
    <form
      className="dashboard-filters"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t('dashboards.filters.legend')}
    >
      <Select
        label={t('dashboards.filters.period')}
        value={state.period}
        data-testid="dashboard-filter-period"
        onChange={(event) => {
          const period = event.target.value as PeriodPreset;
          // Custom dates start from the range shown so far.
          if (period === 'custom' && state.period !== 'custom') {
            onChange({ period, ...presetRange(state.period, todayDay) });
          } else onChange({ period, from: '', to: '' });
        }}
      >
        {periodPresets.map((preset) => (
          <option key={preset} value={preset}>
            {t(`dashboards.filters.presets.${preset}`)}
          </option>
        ))}
      </Select>
      {state.period === 'custom' ? (
        <>
          <TextField
            type="date"
            label={t('dashboards.filters.from')}
            value={state.from}
            max={state.to || todayDay}
            data-testid="dashboard-filter-from"
            onChange={(event) => onChange({ period: 'custom', from: event.target.value, to: state.to })}
          />
          <TextField
            type="date"
            label={t('dashboards.filters.to')}
            value={state.to}
            min={state.from || undefined}
            max={todayDay}
            data-testid="dashboard-filter-to"
            onChange={(event) => onChange({ period: 'custom', from: state.from, to: event.target.value })}
          />
        </>
      ) : null}
      <Select
        label={t('dashboards.filters.district')}
        required={false}
        value={state.districtId}
        data-testid="dashboard-filter-district"
        onChange={(event) => onChange({ districtId: event.target.value })}
      >
        <option value="">{t('dashboards.filters.allDistricts')}</option>
        {(options?.districts ?? []).map((district) => (
          <option key={district.id} value={district.id}>
            {district.name}
          </option>
        ))}
      </Select>
      {organizations ? (
        <Select
          label={t('dashboards.filters.organization')}
          required={false}
          value={state.organizationId}
          data-testid="dashboard-filter-organization"
          onChange={(event) => onChange({ organizationId: event.target.value })}
        >
          <option value="">{t('dashboards.filters.allOrganizations')}</option>
          {groupBy(organizations, (o) => o.kind).map(([kind, items]) => (
            <optgroup key={kind} label={t(`organizationKind.${kind}`)}>
              {items.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      ) : null}
      <Select
        label={t('dashboards.filters.kind')}
        required={false}
        value={state.kind}
        data-testid="dashboard-filter-kind"
        onChange={(event) => {
          const kind = event.target.value as ServiceKind | '';
          const category = options?.categories.find((c) => c.id === state.categoryId);
          onChange({ kind, ...(category && kind && category.kind !== kind ? { categoryId: '' } : {}) });
        }}
      >
        <option value="">{t('dashboards.filters.allKinds')}</option>
        {serviceKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`dashboards.kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('dashboards.filters.category')}
        required={false}
        value={state.categoryId}
        data-testid="dashboard-filter-category"
        onChange={(event) => onChange({ categoryId: event.target.value })}
      >
        <option value="">{t('dashboards.filters.allCategories')}</option>
        {groupBy(categories, (c) => c.kind).map(([kind, items]) => (
          <optgroup key={kind} label={t(`dashboards.kinds.${kind}`)}>
            {items.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <div className="dashboard-filters__actions">
        <Button variant="ghost" data-testid="dashboard-filter-reset" onClick={onReset}>
          {t('dashboards.filters.reset')}
        </Button>
      </div>
    </form>
  );
}
