import { useTranslation } from 'react-i18next';
import type { DashboardFiguresFieldsFragment } from '../../../gql/dashboards/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { formatDuration, formatRating, formatShare } from './figure-format.ts';

interface Kpi {
  name: string;
  label: string;
  value: string;
  secondary?: string | undefined;
  tone?: 'danger' | undefined;
}

/** The period's key figures, one card each; shares show "x of y" under the percentage. */
export function KpiCards({ figures }: { figures: DashboardFiguresFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = format;
  const outOf = (count: number, total: number) =>
    t('dashboards.kpi.outOf', { n: format.number(count), total: format.number(total) });
  const kpis: Kpi[] = [
    {
      name: 'filed',
      label: t('dashboards.kpi.filed'),
      value: format.number(figures.filed),
      secondary: t('dashboards.kpi.filedHint'),
    },
    {
      name: 'resolved',
      label: t('dashboards.kpi.resolved'),
      value: format.number(figures.resolved),
      secondary: t('dashboards.kpi.resolvedHint'),
    },
    { name: 'open-now', label: t('dashboards.kpi.openNow'), value: format.number(figures.openNow) },
    {
      name: 'overdue-now',
      label: t('dashboards.kpi.overdueNow'),
      value: format.number(figures.overdueNow),
      tone: figures.overdueNow > 0 ? 'danger' : undefined,
    },
    {
      name: 'within-sla',
      label: t('dashboards.kpi.withinSla'),
      value: formatShare(figures.withinSlaShare, locale),
      secondary: figures.resolved > 0 ? outOf(figures.withinSla, figures.resolved) : undefined,
    },
    {
      name: 'median-assign',
      label: t('dashboards.kpi.medianAssign'),
      value: formatDuration(figures.medianSecondsToAssign, locale),
    },
    {
      name: 'median-close',
      label: t('dashboards.kpi.medianClose'),
      value: formatDuration(figures.medianSecondsToClose, locale),
    },
    {
      name: 'confirmed',
      label: t('dashboards.kpi.confirmed'),
      value: formatShare(figures.confirmedShare, locale),
      secondary: figures.closedRepairs > 0 ? outOf(figures.confirmed, figures.closedRepairs) : undefined,
    },
    {
      // Closed by the platform because nobody answered: a figure of its own, never part of "confirmed".
      name: 'closed-unconfirmed',
      label: t('dashboards.kpi.closedUnconfirmed'),
      value: formatShare(figures.closedUnconfirmedShare, locale),
      secondary:
        figures.closedRepairs > 0 ? outOf(figures.closedUnconfirmed, figures.closedRepairs) : undefined,
    },
    {
      name: 'rework',
      label: t('dashboards.kpi.rework'),
      value: formatShare(figures.reworkShare, locale),
      secondary: figures.closedRepairs > 0 ? outOf(figures.reworked, figures.closedRepairs) : undefined,
    },
    {
      name: 'rating',
      label: t('dashboards.kpi.rating'),
      value: formatRating(figures.averageRating, locale),
      secondary:
        figures.rated > 0 ? t('dashboards.kpi.ratedCount', { n: format.number(figures.rated) }) : undefined,
    },
  ];
  return (
    <section className="kpi-grid" aria-label={t('dashboards.kpi.caption')}>
      {kpis.map((kpi) => (
        <div
          key={kpi.name}
          className={['kpi', kpi.tone === 'danger' ? 'kpi--danger' : ''].filter(Boolean).join(' ')}
          data-testid={`kpi-${kpi.name}`}
        >
          <p className="kpi__label">{kpi.label}</p>
          <p className="kpi__value" data-testid={`kpi-${kpi.name}-value`}>
            {kpi.value}
          </p>
          {kpi.secondary ? <p className="kpi__secondary">{kpi.secondary}</p> : null}
        </div>
      ))}
    </section>
  );
}
