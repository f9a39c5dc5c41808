import { useMutation } from '@apollo/client/react';
import { validateReadingWindowDays } from '@citydesk/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SetMeterReadingWindowDocument } from '../../../gql/e-services-admin/graphql.ts';
import { describeError, validationMessage, type InputIssue } from '../../../lib/errors.ts';
import { toLatinDigits } from '../../../lib/format.ts';
import { Button, Card, FormAlert, TextField, useToast } from '../../../ui/index.ts';

/** The days of the month residents may submit meter readings on (seed 003), set by the administrator. */
export function MeterWindowSettings({ fromDay, toDay }: { fromDay: number; toDay: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const titleId = useId();
  const [values, setValues] = useState({ fromDay: String(fromDay), toDay: String(toDay) });
  const [local, setLocal] = useState<InputIssue[]>([]);
  const [save, { loading, error }] = useMutation(SetMeterReadingWindowDocument);
  const described = error ? describeError(error, t) : null;
  const issues = local.length > 0 ? local : (described?.issues ?? []);
  const fieldError = (field: 'fromDay' | 'toDay') => {
    const code = issues.find((i) => i.field.endsWith(field))?.code;
    return code ? validationMessage(code, t) : undefined;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The same rule the server applies, so a typo is caught before the round trip.
    const checked = validateReadingWindowDays({
      fromDay: Number(toLatinDigits(values.fromDay.trim()) || NaN),
      toDay: Number(toLatinDigits(values.toDay.trim()) || NaN),
    });
    setLocal(checked.ok ? [] : checked.issues);
    if (!checked.ok) return;
    const result = await save({ variables: checked.value }).catch(() => null);
    if (result?.data) toast.show({ message: t('eServiceDesk.admin.readingWindow.saved') });
  };

  return (
    <Card>
      <form className="meter-window" aria-labelledby={titleId} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 className="meter-window__title" id={titleId}>
          {t('eServiceDesk.admin.readingWindow.title')}
        </h2>
        <p className="meter-window__intro">{t('eServiceDesk.admin.readingWindow.intro')}</p>
        {local.length === 0 && described && described.issues.length === 0 ? (
          <FormAlert>{described.message}</FormAlert>
        ) : null}
        <div className="meter-window__fields">
          <TextField
            label={t('eServiceDesk.admin.readingWindow.fromDay')}
            inputMode="numeric"
            value={values.fromDay}
            error={fieldError('fromDay')}
            onChange={(e) => setValues({ ...values, fromDay: e.target.value })}
            data-testid="reading-window-from"
          />
          <TextField
            label={t('eServiceDesk.admin.readingWindow.toDay')}
            inputMode="numeric"
            value={values.toDay}
            error={fieldError('toDay')}
            onChange={(e) => setValues({ ...values, toDay: e.target.value })}
            data-testid="reading-window-to"
          />
        </div>
        <Button type="submit" loading={loading} data-testid="reading-window-save">
          {t('eServiceDesk.admin.readingWindow.save')}
        </Button>
      </form>
    </Card>
  );
}
