import type { AnswerValue, ServiceSpec } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import { AnswerDisplay } from '../form/AnswerDisplay.tsx';
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
  const values: Record<string, unknown> =
    answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {};

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
                  <AnswerDisplay
                    field={field}
                    value={values[field.name] as AnswerValue | undefined}
                    locale={locale}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
