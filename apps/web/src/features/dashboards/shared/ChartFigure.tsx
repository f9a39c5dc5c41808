import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/index.ts';

/**
 * A chart with its text alternative: a caption that sums it up and the same numbers as a table, hidden
 * visually until asked for (screen readers always have it).
 */
export function ChartFigure({
  testId,
  summary,
  chart,
  table,
}: {
  testId: string;
  summary: string;
  chart: ReactNode;
  /** The same numbers as a table; leave out when a table is shown next to the chart anyway. */
  table?: ReactNode;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <figure className="dashboard-figure" data-testid={testId}>
      <figcaption className="dashboard-figure__caption">{summary}</figcaption>
      <div className="dashboard-figure__chart" aria-hidden="true">
        {chart}
      </div>
      {table ? (
        <>
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={shown}
            aria-controls={tableId}
            data-testid={`${testId}-toggle`}
            onClick={() => setShown((value) => !value)}
          >
            {shown ? t('dashboards.chart.hideTable') : t('dashboards.chart.showTable')}
          </Button>
          <div id={tableId} className={shown ? 'dashboard-figure__table' : 'visually-hidden'}>
            {table}
          </div>
        </>
      ) : null}
    </figure>
  );
}
