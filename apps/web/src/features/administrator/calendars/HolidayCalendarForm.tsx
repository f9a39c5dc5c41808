import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CityOverviewDocument,
  HolidayCalendarsDocument,
  SetHolidayCalendarDocument,
} from '../../../gql/administrator/graphql.ts';
import { describeError, validationMessage, type InputIssue } from '../../../lib/errors.ts';
import { toLatinDigits, useFormat } from '../../../lib/format.ts';
import { Button, Card, FormAlert, TextArea, TextField, useToast } from '../../../ui/index.ts';

export interface HolidayCalendarDraft {
  year: string;
  daysOff: string;
  workingDays: string;
  source: string;
  notes: string;
}

export const emptyDraft: HolidayCalendarDraft = {
  year: '',
  daysOff: '',
  workingDays: '',
  source: '',
  notes: '',
};

/** The dates typed one per line (commas too), in Latin digits; blank lines dropped. */
export function datesOf(text: string): string[] {
  return toLatinDigits(text)
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Adds or replaces a year's holiday calendar of the city's country; the server validates every date. */
export function HolidayCalendarForm({
  draft,
  onChange,
}: {
  draft: HolidayCalendarDraft;
  onChange: (d: HolidayCalendarDraft) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const titleId = useId();
  const [local, setLocal] = useState<InputIssue[]>([]);
  const [save, { loading, error, reset }] = useMutation(SetHolidayCalendarDocument, {
    refetchQueries: [HolidayCalendarsDocument, CityOverviewDocument],
  });
  const described = error ? describeError(error, t) : null;
  const issues = local.length > 0 ? local : (described?.issues ?? []);
  // `daysOff.2` is the third date entered: shown as its line, so the administrator finds it.
  const fieldError = (field: keyof HolidayCalendarDraft) => {
    const messages = issues.flatMap((issue) => {
      const [name, index] = issue.field.split('.');
      if (name !== field) return [];
      const message = validationMessage(issue.code, t);
      return index === undefined
        ? [message]
        : [t('calendars.form.line', { line: format.number(Number(index) + 1), message })];
    });
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
  const set = (field: keyof HolidayCalendarDraft) => (value: string) =>
    onChange({ ...draft, [field]: value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const year = Number(toLatinDigits(draft.year.trim()) || NaN);
    setLocal(Number.isInteger(year) ? [] : [{ field: 'year', code: 'invalid_number' }]);
    if (!Number.isInteger(year)) return;
    const result = await save({
      variables: {
        input: {
          year,
          daysOff: datesOf(draft.daysOff),
          workingDays: datesOf(draft.workingDays),
          source: draft.source,
          notes: draft.notes.trim() || null,
        },
      },
    }).catch(() => null);
    if (result?.data)
      toast.show({ tone: 'success', message: t('calendars.form.saved', { year: format.year(year) }) });
  };

  return (
    <Card>
      <form className="holiday-form" aria-labelledby={titleId} onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 className="holiday-form__title" id={titleId}>
          {t('calendars.form.title')}
        </h2>
        {local.length === 0 && described && described.issues.length === 0 ? (
          <FormAlert>{described.message}</FormAlert>
        ) : null}
        <TextField
          label={t('calendars.form.year')}
          inputMode="numeric"
          value={draft.year}
          error={fieldError('year')}
          onChange={(e) => set('year')(e.target.value)}
        />
        <TextArea
          label={t('calendars.form.daysOff')}
          hint={t('calendars.form.daysOffHint')}
          rows={8}
          dir="ltr"
          value={draft.daysOff}
          error={fieldError('daysOff')}
          onChange={(e) => set('daysOff')(e.target.value)}
        />
        <TextArea
          label={t('calendars.form.workingDays')}
          hint={t('calendars.form.workingDaysHint')}
          optional
          rows={3}
          dir="ltr"
          value={draft.workingDays}
          error={fieldError('workingDays')}
          onChange={(e) => set('workingDays')(e.target.value)}
        />
        <TextField
          label={t('calendars.form.source')}
          hint={t('calendars.form.sourceHint')}
          value={draft.source}
          error={fieldError('source')}
          onChange={(e) => set('source')(e.target.value)}
        />
        <TextArea
          label={t('calendars.form.notes')}
          optional
          rows={2}
          value={draft.notes}
          error={fieldError('notes')}
          onChange={(e) => set('notes')(e.target.value)}
        />
        <Button type="submit" loading={loading}>
          {loading ? t('calendars.form.saving') : t('calendars.form.save')}
        </Button>
      </form>
    </Card>
  );
}
