import type { AnswerValue, FormField } from '@citydesk/domain';
import { formatNumber, type Locale } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { formatLocalDay } from '../../../lib/format.ts';
import { localized } from './localized.ts';

/** One answer as the applicant and the reviewer read it: option labels, yes/no, local dates and numbers. */
export function AnswerDisplay({
  field,
  value,
  locale,
}: {
  field: FormField;
  value: AnswerValue | null | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation();
  if (field.type === 'checkbox')
    return <>{value === true ? t('eServices.form.yes') : t('eServices.form.no')}</>;
  if (value === undefined || value === null || value === '') {
    return <span className="service-summary__empty">{t('eServices.form.notAnswered')}</span>;
  }
  switch (field.type) {
    case 'select': {
      const option = field.options?.find((o) => o.value === value);
      return option ? <>{localized(option.label, locale)}</> : <bdi>{String(value)}</bdi>;
    }
    case 'date':
      return <>{formatLocalDay(String(value), locale)}</>;
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? <>{formatNumber(value, locale)}</> : <bdi>{String(value)}</bdi>;
    case 'email':
    case 'phone':
      return <span dir="ltr">{String(value)}</span>;
    default:
      return <bdi className="service-summary__text">{String(value)}</bdi>;
  }
}
