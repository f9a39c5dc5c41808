import type { AnswerValue, FormField, ServiceSpec } from '@citydesk/domain';
import { formatNumber, type Locale } from '@citydesk/i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAnswerDate } from '../form/form-values.ts';
import { localized } from '../form/localized.ts';
import '../form/ServiceForm.css';
import './e-services.css';

/** An application's answers, step by step, labelled by the service definition (read-only "check" layout). */
export function AnswersList({
  spec,
  answers,
  locale,
}: {
  spec: ServiceSpec;
  answers: unknown;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const values: Record<string, unknown> =
    answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {};

  const display = (field: FormField, value: AnswerValue | undefined): ReactNode => {
    if (field.type === 'checkbox') return value === true ? t('eServices.form.yes') : t('eServices.form.no');
    if (value === undefined || value === null || value === '') {
      return <span className="service-summary__empty">{t('eServices.form.notAnswered')}</span>;
    }
    switch (field.type) {
      case 'select': {
        const option = field.options?.find((o) => o.value === value);
        return option ? localized(option.label, locale) : <bdi>{String(value)}</bdi>;
      }
      case 'date':
        return formatAnswerDate(String(value), locale);
      case 'integer':
      case 'decimal':
        return typeof value === 'number' ? formatNumber(value, locale) : <bdi>{String(value)}</bdi>;
      case 'email':
      case 'phone':
        return <span dir="ltr">{String(value)}</span>;
      default:
        return <bdi className="service-summary__text">{String(value)}</bdi>;
    }
  };

  return (
    <div className="service-summary answers-list" data-testid="answers-list">
      {spec.steps.map((step) => (
        <section key={step.id} className="service-summary__section">
          <h3 className="service-summary__title">{localized(step.title, locale)}</h3>
          <dl className="service-summary__list">
            {step.fields.map((field) => (
              <div key={field.name} className="service-summary__row" data-testid={`answer-${field.name}`}>
                <dt className="service-summary__key">{localized(field.label, locale)}</dt>
                <dd className="service-summary__value">
                  {display(field, values[field.name] as AnswerValue | undefined)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
