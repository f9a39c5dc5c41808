import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { Table } from '../../ui/index.ts';
import { monthlyConsumption } from './consumption.ts';
import { formatPeriod } from './meter-format.ts';

interface HistoryReading {
  id: string;
  period: string;
  value: number;
  submittedAt: string;
}

/** The meter's last readings, newest first: month, reading, consumption since the one before, when submitted. */
export function HistoryTable({ readings, serial }: { readings: readonly HistoryReading[]; serial: string }) {
  const { t } = useTranslation();
  const { locale, number, compactDateTime } = useFormat();
  const consumption = new Map(monthlyConsumption(readings).map((m) => [m.period, m.consumption]));
  return (
    <Table
      caption={t('meters.history.caption', { serial })}
      className="meter__table"
      head={
        <tr>
          <th scope="col">{t('meters.history.month')}</th>
          <th scope="col">{t('meters.history.value')}</th>
          <th scope="col">{t('meters.history.consumption')}</th>
          <th scope="col">{t('meters.history.submitted')}</th>
        </tr>
      }
    >
      {readings.map((reading) => {
        const used = consumption.get(reading.period);
        return (
          <tr key={reading.id} data-testid="reading-row">
            <th scope="row">{formatPeriod(reading.period, locale)}</th>
            <td>{number(reading.value)}</td>
            <td>{used === null || used === undefined ? '—' : number(used)}</td>
            <td>
              <time dateTime={reading.submittedAt}>{compactDateTime(reading.submittedAt)}</time>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
