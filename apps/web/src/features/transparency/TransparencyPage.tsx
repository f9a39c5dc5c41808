import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TransparencyDistrictsDocument, TransparencyDocument } from '../../gql/transparency/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../lib/format.ts';
import { Card, EmptyState, ErrorState, LoadingState, PageHeader, Select } from '../../ui/index.ts';
import { PublicLayout } from '../public/PublicLayout.tsx';
import {
  parsePeriod,
  periodLabelKey,
  periodPresets,
  todayIn,
  transparencyVariables,
  type PeriodPreset,
} from './period.ts';
import { TransparencyChart } from './TransparencyChart.tsx';
import { sortKeys, TransparencyTable, type TransparencyRow } from './TransparencyTable.tsx';
import './TransparencyPage.css';

/**
 * `/transparency`: anyone, without signing in, sees how each management company and contractor handled
 * residents' repair requests in a period and a district. Organizations' totals only, no personal data.
 * The filters live in the address (`?period=30d&district=<id>`), so a view can be shared.
 */
export function TransparencyPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <div className="transparency" data-testid="transparency-page">
        <PageHeader title={t('transparency.title')} description={t('transparency.intro')} />
        <TransparencyReport />
        <Explanations />
      </div>
    </PublicLayout>
  );
}

function TransparencyReport() {
  const { t } = useTranslation();
  const { locale, timeZone } = useFormat();
  const [params, setParams] = useSearchParams();
  const period = parsePeriod(params.get('period'));
  const districtId = params.get('district') || null;
  const variables = transparencyVariables(period, districtId, todayIn(timeZone));

  const districts = useQuery(TransparencyDistrictsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(TransparencyDocument, { variables });
  // While a new period or district loads, the last report stays (dimmed) instead of a blank page.
  const report = (data ?? previousData)?.transparency;

  const update = (key: 'period' | 'district', value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const filters = (
    <form
      className="transparency__filters"
      aria-label={t('transparency.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label={t('transparency.periodLabel')}
        value={period}
        data-testid="transparency-period"
        onChange={(event) =>
          update('period', event.target.value === '90d' ? null : (event.target.value as PeriodPreset))
        }
      >
        {periodPresets.map((preset) => (
          <option key={preset} value={preset}>
            {t(periodLabelKey[preset])}
          </option>
        ))}
      </Select>
      <Select
        label={t('transparency.districtLabel')}
        value={districtId ?? ''}
        data-testid="transparency-district"
        onChange={(event) => update('district', event.target.value || null)}
      >
        <option value="">{t('transparency.allDistricts')}</option>
        {(districts.data?.transparencyDistricts ?? []).map((district) => (
          <option key={district.id} value={district.id}>
            {district.name}
          </option>
        ))}
      </Select>
    </form>
  );

  let body;
  if (error && !report) {
    body = <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />;
  } else if (!report) {
    body = <LoadingState label={t('transparency.loading')} />;
  } else {
    const companies = report.managementCompanies;
    const contractors = report.contractors;
    const handled = [...companies, ...contractors].some((row) => row.figures.resolved > 0);
    body = (
      <div className="transparency__report" aria-busy={loading} data-stale={loading || undefined}>
        <p className="transparency__period" data-testid="transparency-period-shown">
          {t('transparency.periodShown', {
            from: formatLocalDay(report.period.from, locale),
            to: formatLocalDay(report.period.to, locale),
          })}
        </p>
        {!handled ? (
          <EmptyState title={t('transparency.emptyTitle')} text={t('transparency.emptyText')} />
        ) : null}
        {companies.length > 0 || contractors.length > 0 ? (
          <>
            <Card title={t('transparency.companies')}>
              {companies.length > 0 ? <TransparencyChart rows={companies} /> : null}
              <OrganizationTable
                rows={companies}
                caption={t('transparency.companiesCaption')}
                empty={t('transparency.companiesEmpty')}
                testId="transparency-companies"
              />
            </Card>
            <Card title={t('transparency.contractors')}>
              <OrganizationTable
                rows={contractors}
                caption={t('transparency.contractorsCaption')}
                empty={t('transparency.contractorsEmpty')}
                testId="transparency-contractors"
              />
            </Card>
          </>
        ) : null}
        <p className="transparency__note">
          {t('transparency.noDataNote')} {t('transparency.privacy')}
        </p>
      </div>
    );
  }

  return (
    <>
      <Card>{filters}</Card>
      {body}
    </>
  );
}

function OrganizationTable({
  rows,
  caption,
  empty,
  testId,
}: {
  rows: readonly TransparencyRow[];
  caption: string;
  empty: string;
  testId: string;
}) {
  if (rows.length === 0) return <p className="transparency__note">{empty}</p>;
  return <TransparencyTable rows={rows} caption={caption} testId={testId} />;
}

function Explanations() {
  const { t } = useTranslation();
  // Every column but the name, in the table's order.
  const terms = sortKeys.filter((key) => key !== 'name');
  return (
    <Card title={t('transparency.aboutTitle')}>
      <dl className="transparency__terms" data-testid="transparency-explanations">
        {terms.map((term) => (
          <div key={term} className="transparency__term">
            <dt>{t(`transparency.columns.${term}`)}</dt>
            <dd>{t(`transparency.explain.${term}`)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
