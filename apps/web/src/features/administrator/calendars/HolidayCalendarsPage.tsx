import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HolidayCalendarsDocument } from '../../../gql/administrator/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import { Button, Card, EmptyState, ErrorState, LoadingState, PageHeader, Table } from '../../../ui/index.ts';
import { CalendarWarnings } from './CalendarWarnings.tsx';
import { emptyDraft, HolidayCalendarForm, type HolidayCalendarDraft } from './HolidayCalendarForm.tsx';
import './HolidayCalendarsPage.css';

/** The administrator's holiday calendars: the years known for the city's country, and a form to set one. */
export function HolidayCalendarsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<HolidayCalendarDraft>(emptyDraft);
  const { data, loading, error, refetch } = useQuery(HolidayCalendarsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const calendars = data?.holidayCalendars ?? [];

  return (
    <>
      <PageHeader title={t('calendars.page.title')} description={t('calendars.page.intro')} />
      <div className="holiday-calendars">
        <CalendarWarnings link={false} />
        <Card flush>
          {!data && loading ? (
            <LoadingState rows={3} />
          ) : !data && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : calendars.length === 0 ? (
            <EmptyState compact title={t('calendars.page.empty')} />
          ) : (
            <Table
              caption={t('calendars.page.caption')}
              head={
                <tr>
                  <th scope="col">{t('calendars.page.year')}</th>
                  <th scope="col">{t('calendars.page.daysOff')}</th>
                  <th scope="col">{t('calendars.page.workingDays')}</th>
                  <th scope="col">{t('calendars.page.source')}</th>
                  <th scope="col">{t('calendars.page.updatedAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('calendars.form.title')}</span>
                  </th>
                </tr>
              }
            >
              {calendars.map((calendar) => (
                <tr key={calendar.year} data-year={calendar.year}>
                  <th scope="row" className="numeric">
                    {format.year(calendar.year)}
                  </th>
                  <td className="holiday-calendars__dates">
                    {calendar.daysOff.map((day) => formatLocalDay(day, format.locale)).join(', ')}
                  </td>
                  <td className="holiday-calendars__dates">
                    {calendar.workingDays.map((day) => formatLocalDay(day, format.locale)).join(', ')}
                  </td>
                  <td>
                    <bdi>{calendar.source}</bdi>
                    {calendar.notes ? <span className="cell-sub">{calendar.notes}</span> : null}
                  </td>
                  <td className="cell-muted">{format.date(calendar.updatedAt)}</td>
                  <td>
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() =>
                        setDraft({
                          year: String(calendar.year),
                          daysOff: calendar.daysOff.join('\n'),
                          workingDays: calendar.workingDays.join('\n'),
                          source: calendar.source,
                          notes: calendar.notes ?? '',
                        })
                      }
                    >
                      {t('calendars.page.edit', { year: format.year(calendar.year) })}
                    </Button>
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <HolidayCalendarForm draft={draft} onChange={setDraft} />
      </div>
    </>
  );
}
