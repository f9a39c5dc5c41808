import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { Card, IconCheck } from '../../../ui/index.ts';
import { changedNothing, type ImportCounts, type ImportReport } from './import-report.ts';

/** What an import wrote: how many of each thing it created and updated. */
export function ImportResultCard({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const counts = (values: Partial<ImportCounts>) =>
    (Object.entries(values) as [keyof ImportCounts, number][]).map(([key, count]) => (
      <li key={key}>{t(`imports.counts.${key}`, { count: number(count) })}</li>
    ));
  return (
    <Card data-testid="import-result">
      <p className="imports-done" role="status">
        <IconCheck size={18} />
        {t('imports.done')}
      </p>
      {changedNothing(report) ? (
        <p>{t('imports.unchanged')}</p>
      ) : (
        <div className="imports-counts">
          <section>
            <h3>{t('imports.created')}</h3>
            <ul>{counts(report.created)}</ul>
          </section>
          <section>
            <h3>{t('imports.updated')}</h3>
            <ul>{counts(report.updated)}</ul>
          </section>
        </div>
      )}
    </Card>
  );
}
