import { useMutation } from '@apollo/client/react';
import { validateMeterReading } from '@citydesk/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TakeMeterReadingDocument, type DeskMeterDetailFragment } from '../../gql/meter-desk/graphql.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { formatLocalDay, toLatinDigits, useFormat } from '../../lib/format.ts';
import { Button, FormAlert, IconAlert, IconClock, TextField, useToast } from '../../ui/index.ts';
import { formatDayMonth, formatPeriod, nextWindowOpensOn } from '../meters/meter-format.ts';
import { readingFloor } from './meter-desk.ts';

interface TakeValues {
  value: string;
  /** The caller confirmed an unusual jump (asked only after the API's READING_NEEDS_CONFIRMATION). */
  confirmed: boolean;
}

/** The jump the API asked to confirm: for which figure, and how far it is above the usual. */
interface PendingConfirmation {
  value: string;
  jump: number;
  average: number;
}

/**
 * The call centre takes this month's reading for a caller: the same rules as the resident's own submission,
 * checked here first (not below the last reading) and always by the API, whose refusals are shown in words —
 * a closed window, a figure below the last one, and a jump that the caller must confirm before it is stored.
 */
export function TakeReadingForm({ meter }: { meter: DeskMeterDetailFragment }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const readingWindow = meter.readingWindow;

  if (meter.status !== 'ACTIVE') {
    return (
      <p className="meter__muted" data-testid="take-reading-unavailable">
        {meter.status === 'AWAITING_SEAL' ? t('meters.card.awaitingSeal') : t('meterDesk.take.retired')}
      </p>
    );
  }
  const month = formatPeriod(readingWindow.period, locale);
  return (
    <div className="take-reading">
      <p
        className={`take-reading__window take-reading__window--${readingWindow.open ? 'open' : 'closed'}`}
        data-testid="take-reading-window"
      >
        <IconClock size={18} />
        <span>
          {readingWindow.open
            ? t('meters.window.open', {
                month,
                from: formatDayMonth(readingWindow.opensOn, locale),
                to: formatDayMonth(readingWindow.closesOn, locale),
              })
            : `${t('meters.window.closed')} ${t('meters.window.nextOpens', {
                date: formatLocalDay(nextWindowOpensOn(readingWindow), locale),
              })}`}
        </span>
      </p>
      {readingWindow.open ? <ReadingForm meter={meter} month={month} /> : null}
    </div>
  );
}

function fieldMessage(code: string, floor: string, t: TFunction): string {
  return code === 'too_small'
    ? t('meterDesk.take.belowPrevious', { previous: floor })
    : validationMessage(code, t);
}

function ReadingForm({ meter, month }: { meter: DeskMeterDetailFragment; month: string }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const toast = useToast();
  const [take] = useMutation(TakeMeterReadingDocument);
  const period = meter.readingWindow.period;
  const floor = readingFloor(meter, period);
  const current = meter.readings.find((r) => r.period === period);
  const [pending, setPending] = useState<PendingConfirmation | null>(null);
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TakeValues>({ defaultValues: { value: '', confirmed: false } });
  const typed = toLatinDigits(useWatch({ control, name: 'value' })).trim();
  // The confirmation belongs to one figure: change the figure and it is asked again, if the API asks.
  const confirming = pending !== null && pending.value === typed ? pending : null;

  const onSubmit = handleSubmit(async ({ value, confirmed }) => {
    const text = toLatinDigits(value).trim();
    if (confirming && !confirmed) {
      setError('confirmed', { type: 'required', message: t('meterDesk.take.confirmRequired') });
      return;
    }
    try {
      const { data } = await take({
        variables: { meterId: meter.id, value: text, confirm: confirming !== null && confirmed },
      });
      const saved = data?.takeMeterReading.readings.find((r) => r.period === period);
      setPending(null);
      reset({ value: '', confirmed: false });
      toast.show({
        tone: 'success',
        message: t('meterDesk.take.saved', {
          value: number(saved?.value ?? Number(text.replace(',', '.'))),
          month,
        }),
      });
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => i.field === 'value');
      const { jump, average, from, to } = described.params;
      if (described.code === 'READING_NEEDS_CONFIRMATION') {
        setPending({ value: text, jump: Number(jump), average: Number(average) });
      } else if (issue) {
        setError('value', { type: 'server', message: issue.code }, { shouldFocus: true });
      } else if (described.code === 'READING_WINDOW_CLOSED' && from !== undefined && to !== undefined) {
        setError('root', {
          type: 'server',
          message: t('meterDesk.take.windowClosedError', {
            from: number(Number(from)),
            to: number(Number(to)),
          }),
        });
      } else {
        setError('root', { type: 'server', message: described.message });
      }
    }
  });

  const floorText = number(floor);
  const valueError = errors.value?.message ? fieldMessage(errors.value.message, floorText, t) : undefined;
  return (
    <form
      className="meter__form take-reading__form"
      noValidate
      onSubmit={onSubmit}
      data-testid="take-reading-form"
    >
      <p className="take-reading__intro">{t('meterDesk.take.intro')}</p>
      {errors.root?.message ? <FormAlert>{errors.root.message}</FormAlert> : null}
      {current ? (
        <p className="meter__submitted" data-testid="take-reading-current">
          {t('meterDesk.take.current', { value: number(current.value) })}
        </p>
      ) : null}
      <div className="meter__form-row">
        <TextField
          label={t('meterDesk.take.label', { month })}
          hint={t('meterDesk.take.hint', { previous: floorText })}
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          className="meter__input"
          error={valueError}
          data-testid="take-reading-input"
          {...register('value', {
            validate: (value) => {
              const checked = validateMeterReading(toLatinDigits(value), floor);
              return checked.ok || (checked.issues[0]?.code ?? 'invalid_number');
            },
          })}
        />
        <Button type="submit" loading={isSubmitting} data-testid="take-reading-submit">
          {isSubmitting
            ? t('meterDesk.take.submitting')
            : current
              ? t('meterDesk.take.correct')
              : t('meterDesk.take.submit')}
        </Button>
      </div>
      {confirming ? (
        <div className="take-reading__confirm" role="group" aria-labelledby="take-reading-jump">
          <p className="meter__warning" id="take-reading-jump" role="alert" data-testid="take-reading-jump">
            <IconAlert size={18} />
            <span>
              {t('meterDesk.take.needsConfirmation', {
                jump: number(confirming.jump),
                average: number(confirming.average),
              })}
            </span>
          </p>
          <div className={['field', errors.confirmed ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
            <label className="take-reading__check">
              <input
                type="checkbox"
                aria-invalid={errors.confirmed ? true : undefined}
                aria-describedby={errors.confirmed ? 'take-reading-confirm-error' : undefined}
                data-testid="take-reading-confirm"
                {...register('confirmed')}
              />
              <span>
                {t('meterDesk.take.confirm', { value: number(Number(confirming.value.replace(',', '.'))) })}
              </span>
            </label>
            {errors.confirmed?.message ? (
              <p className="field__error" id="take-reading-confirm-error" role="alert">
                <IconAlert size={16} />
                <span>{errors.confirmed.message}</span>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </form>
  );
}
