import { isRtl } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { monthlyConsumption, type PeriodReading } from './consumption.ts';
import { formatPeriod } from './meter-format.ts';

const MONTHS = 12;
const WIDTH = 360;
const HEIGHT = 120;
const LABEL = 18;
const GAP = 6;

/**
 * Bars of the last months' consumption. A picture only: the same figures are in the history table, which the
 * chart's label points to; in right-to-left languages time runs from right to left.
 */
export function ConsumptionChart({
  readings,
  serial,
}: {
  readings: readonly PeriodReading[];
  serial: string;
}) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const months = monthlyConsumption(readings)
    .filter((m): m is { period: string; consumption: number } => m.consumption !== null)
    .slice(-MONTHS);
  if (months.length === 0) return null;
  const max = Math.max(...months.map((m) => m.consumption), 0) || 1;
  // At least six slots, so that two months do not make two huge bars.
  const slots = Math.max(months.length, 6);
  const slot = WIDTH / slots;
  const barWidth = Math.min(slot - GAP, 36);
  const rtl = isRtl(locale);
  const chartHeight = HEIGHT - LABEL;
  return (
    <figure className="meter__chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('meters.history.chart', { serial })}
        data-testid="consumption-chart"
        preserveAspectRatio="xMidYMid meet"
      >
        {months.map((month, index) => {
          const x = (rtl ? slots - 1 - index : index) * slot + (slot - barWidth) / 2;
          const height = Math.max(2, (Math.max(month.consumption, 0) / max) * (chartHeight - 14));
          const y = chartHeight - height;
          return (
            <g key={month.period} aria-hidden="true">
              <rect className="meter__bar" x={x} y={y} width={barWidth} height={height} rx={3} />
              <text className="meter__bar-value" x={x + barWidth / 2} y={y - 3} textAnchor="middle">
                {number(month.consumption)}
              </text>
              <text className="meter__bar-label" x={x + barWidth / 2} y={HEIGHT - 4} textAnchor="middle">
                {formatPeriod(month.period, locale, 'month')}
              </text>
            </g>
          );
        })}
        <line className="meter__axis" x1={0} x2={WIDTH} y1={chartHeight} y2={chartHeight} />
      </svg>
    </figure>
  );
}
