import { useQuery } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskMeterDocument, type DeskMeterDetailFragment } from '../../gql/meter-desk/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../lib/format.ts';
import { Card, EmptyState, ErrorState, LoadingState } from '../../ui/index.ts';
import { ConsumptionChart } from '../meters/ConsumptionChart.tsx';
import { HistoryTable } from '../meters/HistoryTable.tsx';
import { MeterStatusBadge, meterKindLabel } from '../meters/MeterLabels.tsx';
import { TakeReadingForm } from './TakeReadingForm.tsx';
import { csvDataUrl, readingsCsvFileName } from './meter-desk.ts';

/** The chosen meter: its register data, the reading the call centre takes, its history and the CSV of it. */
export function MeterPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DeskMeterDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const meter = data?.deskMeter;
  if (!meter) {
    return (
      <Card>
        {loading ? (
          <LoadingState />
        ) : error ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : (
          <EmptyState compact title={t('errors.NOT_FOUND')} />
        )}
      </Card>
    );
  }
  return <MeterDetail meter={meter} />;
}

function MeterDetail({ meter }: { meter: DeskMeterDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  // On a narrow screen the meter takes the list's place: show it from the top to whoever chose it far down.
  useEffect(() => {
    if (typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 68rem)').matches)
      window.scrollTo({ top: 0 });
  }, []);
  const facts: { label: string; value: ReactNode; testId: string }[] = [
    { label: t('meters.card.address'), value: <bdi>{meter.address}</bdi>, testId: 'fact-address' },
    {
      label: t('meterDesk.detail.accounts'),
      value:
        meter.subscriberCodes.length > 0 ? meter.subscriberCodes.join(', ') : t('meterDesk.search.noAccount'),
      testId: 'fact-accounts',
    },
    {
      label: t('meterDesk.detail.holder'),
      value: meter.holderName && <bdi>{meter.holderName}</bdi>,
      testId: 'fact-holder',
    },
    {
      label: t('meters.card.serial'),
      value: <bdi dir="ltr">{meter.serialNumber}</bdi>,
      testId: 'fact-serial',
    },
    {
      label: t('meters.card.seal'),
      value: meter.sealNumber ? <bdi dir="ltr">{meter.sealNumber}</bdi> : t('meterDesk.detail.noSeal'),
      testId: 'fact-seal',
    },
    {
      label: t('meterDesk.detail.status'),
      value: <MeterStatusBadge status={meter.status} />,
      testId: 'fact-status',
    },
    {
      label: t('meters.card.verifiedOn'),
      value: <time dateTime={meter.verifiedOn}>{formatLocalDay(meter.verifiedOn, format.locale)}</time>,
      testId: 'fact-verified-on',
    },
    {
      label: t('meterDesk.detail.initialReading'),
      value: <span className="numeric">{format.number(meter.initialReading)}</span>,
      testId: 'fact-initial-reading',
    },
  ];
  const kind = meterKindLabel(meter.kind, t);
  return (
    <article className="meter-desk-detail" data-testid="desk-meter" aria-labelledby="desk-meter-title">
      <Card>
        <div className="panel__head">
          <div className="panel__title-row">
            <h2 className="panel__title meter__title" id="desk-meter-title">
              <span>{kind}</span>
              <bdi dir="ltr" className="meter__serial-title">
                {meter.serialNumber}
              </bdi>
            </h2>
            <MeterStatusBadge status={meter.status} />
          </div>
        </div>
        <section className="panel__section" aria-labelledby="desk-meter-register">
          <h3 className="panel__section-title" id="desk-meter-register">
            {t('meterDesk.detail.register')}
          </h3>
          <dl className="desk-facts">
            {facts
              .filter((fact) => fact.value !== null && fact.value !== '')
              .map((fact) => (
                <div className="desk-facts__row" key={fact.testId} data-testid={fact.testId}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
          </dl>
        </section>
        <section className="panel__section" aria-labelledby="desk-meter-take">
          <h3 className="panel__section-title" id="desk-meter-take">
            {t('meterDesk.take.title')}
          </h3>
          <TakeReadingForm meter={meter} />
        </section>
        <section className="panel__section meter__history" aria-labelledby="desk-meter-history">
          <div className="meter-desk-detail__history-head">
            <h3 className="panel__section-title" id="desk-meter-history">
              {t('meters.history.title')}
            </h3>
            {meter.readings.length > 0 ? (
              <a
                className="button button--secondary button--sm"
                href={csvDataUrl(meter.readingsCsv)}
                download={readingsCsvFileName(meter.serialNumber, meter.readingWindow.today)}
                data-testid="readings-csv"
              >
                <span className="button__label">{t('meterDesk.detail.downloadCsv')}</span>
              </a>
            ) : null}
          </div>
          {meter.readings.length === 0 ? (
            <p className="meter__muted">{t('meters.history.empty')}</p>
          ) : (
            <>
              <ConsumptionChart readings={meter.readings} serial={meter.serialNumber} />
              <HistoryTable readings={meter.readings} serial={meter.serialNumber} showSource />
            </>
          )}
        </section>
      </Card>
    </article>
  );
}
