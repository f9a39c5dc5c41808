import { useMutation, useQuery } from '@apollo/client/react';
import { validateMeterReading } from '@citydesk/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  MyMetersDocument,
  SubmitMeterReadingDocument,
  type MeterCardFieldsFragment,
  type MyMetersQuery,
} from '../../gql/meters/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Button,
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  FormAlert,
  IconAlert,
  IconClock,
  LoadingState,
  PageHeader,
  TextField,
  useToast,
} from '../../ui/index.ts';
import { ConsumptionChart } from './ConsumptionChart.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { MeterStatusBadge, meterKindLabel } from './MeterLabels.tsx';
import { SealWorkPanel, VerificationDue } from './SealWork.tsx';
import { formatDayMonth, formatPeriod, nextWindowOpensOn } from './meter-format.ts';
import { formatLocalDay, toLatinDigits } from '../../lib/format.ts';
import './MetersPage.css';

type Meter = MeterCardFieldsFragment;
type Window = MyMetersQuery['meterReadingWindow'];

/** The issue codes a reading can fail with, each translated under `validation.*`. */
const readingIssues = new Set(['required', 'invalid_number', 'too_small', 'too_large']);

function readingIssueMessage(code: string, t: TFunction): string {
  return readingIssues.has(code)
    ? t(`validation.${code as 'required' | 'invalid_number' | 'too_small' | 'too_large'}`)
    : t('errors.INVALID_INPUT');
}

/** The resident's meters (`/resident/meters`): the reading window, each meter, its reading form and history. */
export function MetersPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyMetersDocument, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title={t('meters.title')} description={t('meters.intro')} />
      {error && !data ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState />
      ) : data ? (
        <div className="meters">
          <WindowBanner window={data.meterReadingWindow} />
          {data.myMeters.length === 0 ? (
            <Card>
              <EmptyState
                title={t('meters.empty.title')}
                text={t('meters.empty.text')}
                action={
                  <ButtonLink to="/resident/services" variant="secondary">
                    {t('meters.empty.action')}
                  </ButtonLink>
                }
              />
            </Card>
          ) : (
            <ul className="meters__list">
              {data.myMeters.map((meter) => (
                <li key={meter.id}>
                  <MeterCard meter={meter} window={data.meterReadingWindow} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </>
  );
}

function WindowBanner({ window }: { window: Window }) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const month = formatPeriod(window.period, locale);
  return (
    <div
      className={`meters__window meters__window--${window.open ? 'open' : 'closed'}`}
      data-testid="meters-window"
    >
      <IconClock size={20} />
      {window.open ? (
        <p>
          {t('meters.window.open', {
            month,
            from: formatDayMonth(window.opensOn, locale),
            to: formatDayMonth(window.closesOn, locale),
          })}{' '}
          <strong>
            {window.daysLeft <= 1
              ? t('meters.window.lastDay')
              : t('meters.window.daysLeft', { days: number(window.daysLeft) })}
          </strong>
        </p>
      ) : (
        <p>
          {t('meters.window.closed')}{' '}
          <strong>
            {t('meters.window.nextOpens', { date: formatLocalDay(nextWindowOpensOn(window), locale) })}
          </strong>
        </p>
      )}
    </div>
  );
}

function MeterCard({ meter, window }: { meter: Meter; window: Window }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const kind = meterKindLabel(meter.kind, t);
  return (
    <Card
      headingLevel={2}
      title={
        <span className="meter__title">
          <span>{kind}</span>
          <bdi dir="ltr" className="meter__serial-title">
            {meter.serialNumber}
          </bdi>
        </span>
      }
      actions={<MeterStatusBadge status={meter.status} />}
      data-testid="meter-card"
    >
      <div className="meter">
        {meter.readingMissingSoon ? (
          <div className="meter__warning" role="alert" data-testid="meter-missing-soon">
            <IconAlert size={18} />
            <span>
              {t('meters.card.missingSoon', {
                month: formatPeriod(window.period, locale),
                date: formatDayMonth(window.closesOn, locale),
              })}
            </span>
          </div>
        ) : null}
        <dl className="meter__facts">
          <div>
            <dt>{t('meters.card.serial')}</dt>
            <dd>
              <bdi dir="ltr">{meter.serialNumber}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t('meters.card.seal')}</dt>
            <dd>
              {meter.sealNumber ? (
                <bdi dir="ltr">{meter.sealNumber}</bdi>
              ) : (
                <span className="meter__muted">{t('meters.statuses.AWAITING_SEAL')}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('meters.card.verifiedOn')}</dt>
            <dd>
              <time dateTime={meter.verifiedOn}>{formatLocalDay(meter.verifiedOn, locale)}</time>
            </dd>
          </div>
          <VerificationDue meter={meter} />
          <div>
            <dt>{t('meters.card.address')}</dt>
            <dd>
              <bdi>{meter.address}</bdi>
            </dd>
          </div>
        </dl>
        {meter.status === 'ACTIVE' ? (
          window.open ? (
            <ReadingForm meter={meter} window={window} />
          ) : (
            <p className="meter__muted">{t('meters.form.closed')}</p>
          )
        ) : meter.status === 'AWAITING_SEAL' || meter.status === 'UNSEALED' ? (
          <p className="meter__muted">{t('meters.card.awaitingSeal')}</p>
        ) : null}
        <SealWorkPanel meter={meter} />
        <section className="meter__history" aria-label={t('meters.history.title')}>
          <h3 className="meter__subheading">{t('meters.history.title')}</h3>
          {meter.readings.length === 0 ? (
            <p className="meter__muted">{t('meters.history.empty')}</p>
          ) : (
            <>
              <ConsumptionChart readings={meter.readings} serial={meter.serialNumber} />
              <HistoryTable readings={meter.readings} serial={meter.serialNumber} />
            </>
          )}
        </section>
      </div>
    </Card>
  );
}

interface ReadingValues {
  value: string;
}

function ReadingForm({ meter, window }: { meter: Meter; window: Window }) {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const toast = useToast();
  const [submit] = useMutation(SubmitMeterReadingDocument);
  const current = meter.readings.find((r) => r.period === window.period);
  const previous = meter.readings.find((r) => r.period < window.period);
  const month = formatPeriod(window.period, locale);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReadingValues>({ defaultValues: { value: '' } });
  // The value the API asked to confirm (an unusual jump): submitting it unchanged again confirms it.
  const [toConfirm, setToConfirm] = useState<string | null>(null);

  const onSubmit = handleSubmit(async ({ value }) => {
    const text = toLatinDigits(value).trim();
    try {
      const { data } = await submit({
        variables: { meterId: meter.id, value: text, confirm: toConfirm === text },
      });
      setToConfirm(null);
      const saved = data?.submitMeterReading.readings.find((r) => r.period === window.period);
      reset({ value: '' });
      toast.show({
        tone: 'success',
        message: t('meters.form.saved', { value: number(saved?.value ?? Number(text.replace(',', '.'))) }),
      });
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => i.field === 'value');
      setToConfirm(described.code === 'READING_NEEDS_CONFIRMATION' ? text : null);
      if (issue) setError('value', { type: 'server', message: issue.code });
      else setError('root', { type: 'server', message: described.message });
    }
  });

  const fieldError = errors.value?.message ? readingIssueMessage(errors.value.message, t) : undefined;
  return (
    <form className="meter__form" noValidate onSubmit={onSubmit} data-testid="reading-form">
      {errors.root?.message ? <FormAlert>{errors.root.message}</FormAlert> : null}
      {current ? (
        <p className="meter__submitted" data-testid="reading-current">
          {t('meters.form.submitted', { month, value: number(current.value) })}
        </p>
      ) : null}
      <div className="meter__form-row">
        <TextField
          label={t('meters.form.label', { month })}
          hint={t('meters.form.hint')}
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          className="meter__input"
          error={fieldError}
          data-testid="reading-input"
          {...register('value', {
            validate: (value) => {
              const checked = validateMeterReading(toLatinDigits(value), previous ? previous.value : null);
              return checked.ok || (checked.issues[0]?.code ?? 'invalid_number');
            },
          })}
        />
        <Button type="submit" loading={isSubmitting} data-testid="reading-submit">
          {isSubmitting
            ? t('meters.form.submitting')
            : toConfirm !== null
              ? t('meters.form.confirm')
              : current
                ? t('meters.form.correct')
                : t('meters.form.submit')}
        </Button>
      </div>
    </form>
  );
}
