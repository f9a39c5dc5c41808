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
  /** Staff took it by phone (the resident did not submit it in the cabinet). */
  takenByCallCentre: boolean;
  /** Who submitted it: staff see it, residents do not get it. */
  submittedByName?: string;
}

/**
 * The meter's last readings, newest first: month, reading, consumption since the one before, when submitted
 * and, for a reading the call centre took, that it did. `showSource` (the meter desk) names how every reading
 * came in and who submitted it.
 */
export function HistoryTable({
  readings,
  serial,
  showSource = false,
}: {
  readings: readonly HistoryReading[];
  serial: string;
  showSource?: boolean;
}) {
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
              <span className="cell-stack">
                <time dateTime={reading.submittedAt}>{compactDateTime(reading.submittedAt)}</time>
                {showSource || reading.takenByCallCentre ? (
                  <span className="cell-sub" data-testid="reading-source">
                    {t(`meters.desk.source.${reading.takenByCallCentre ? 'CALL_CENTRE' : 'CABINET'}`)}
                    {showSource && reading.submittedByName ? (
                      <>
                        {' · '}
                        <bdi>{reading.submittedByName}</bdi>
                      </>
                    ) : null}
                  </span>
                ) : null}
              </span>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
