import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CityOverviewDocument } from '../../../gql/administrator/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { ButtonLink, FormAlert } from '../../../ui/index.ts';
import './CalendarWarnings.css';

/**
 * The years (this one, the next, any a deadline was computed in) the city's country has no holiday calendar
 * for: working-day deadlines there skip weekends only. Nothing when every such year has one. `link`: offer the way
 * to the holiday calendars page (not on that page itself).
 */
export function CalendarWarnings({ link = true }: { link?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(CityOverviewDocument, { fetchPolicy: 'cache-first' });
  const warnings = data?.cityOverview.holidayCalendarWarnings ?? [];
  if (warnings.length === 0) return null;
  return (
    <section className="calendar-warnings" aria-label={t('calendars.warnings.title')}>
      <FormAlert>
        <span className="calendar-warnings__list">
          {warnings.map((warning) => {
            const year = format.year(warning.year);
            return (
              <span key={warning.year} className="calendar-warnings__item" data-year={warning.year}>
                {t('calendars.warnings.noCalendar', { year })}
                {warning.deadlinesAffected ? ` ${t('calendars.warnings.deadlinesAffected', { year })}` : null}
              </span>
            );
          })}
        </span>
      </FormAlert>
      {link ? (
        <ButtonLink to="/admin/calendars" variant="secondary" size="sm">
          {t('calendars.warnings.action')}
        </ButtonLink>
      ) : null}
    </section>
  );
}
