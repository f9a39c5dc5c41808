import { isRtl } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { formatShare } from '../dashboards/shared/figure-format.ts';
import type { TransparencyRow } from './TransparencyTable.tsx';

/**
 * "Share closed within SLA" per management company as horizontal bars, best first. In a right-to-left
 * language the bars grow from the right and the names stand on the right. The figure's caption says in
 * words what the chart shows; the companies table carries the same numbers.
 */
export function TransparencyChart({ rows }: { rows: readonly TransparencyRow[] }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const rtl = isRtl(locale);
  const data = rows
    .filter((row) => row.figures.withinSlaShare !== null)
    .map((row) => ({ id: row.organizationId, name: row.name, share: row.figures.withinSlaShare ?? 0 }))
    .sort((a, b) => b.share - a.share);
  const best = data[0];
  const worst = data[data.length - 1];
  const summary =
    !best || !worst
      ? t('transparency.chartNoData')
      : data.length === 1
        ? t('transparency.chartSummaryOne', {
            name: isolate(best.name),
            share: formatShare(best.share, locale),
          })
        : t('transparency.chartSummary', {
            best: isolate(best.name),
            bestShare: formatShare(best.share, locale),
            worst: isolate(worst.name),
            worstShare: formatShare(worst.share, locale),
          });
  const percent = (value: unknown) => formatShare(Number(value), locale);

  return (
    <figure className="transparency-chart" data-testid="transparency-chart">
      {data.length > 0 ? (
        <div className="transparency-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={data.length * 44 + 48}>
            <BarChart
              data={data}
              layout="vertical"
              margin={{ top: 8, bottom: 8, left: rtl ? 48 : 8, right: rtl ? 8 : 48 }}
            >
              <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" horizontal={false} />
              <XAxis
                type="number"
                domain={[0, 1]}
                ticks={[0, 0.25, 0.5, 0.75, 1]}
                reversed={rtl}
                tickFormatter={percent}
                tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
              />
              <YAxis
                type="category"
                dataKey="name"
                orientation={rtl ? 'right' : 'left'}
                width={190}
                tick={{ fontSize: 13, fill: 'var(--color-text)' }}
              />
              <Bar
                dataKey="share"
                fill="var(--color-accent, #1648b8)"
                radius={rtl ? [4, 0, 0, 4] : [0, 4, 4, 0]}
                barSize={22}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="share"
                  // With the axis reversed the bars have a negative width: "right" is then their far (left) end.
                  position="right"
                  formatter={percent}
                  style={{ fontSize: 12, fill: 'var(--color-text)' }}
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <figcaption className="transparency-chart__caption" data-testid="transparency-chart-caption">
        <strong className="transparency-chart__title">{t('transparency.chartTitle')}</strong>{' '}
        <span>{summary}</span> <span>{t('transparency.chartSameNumbers')}</span>
      </figcaption>
    </figure>
  );
}
