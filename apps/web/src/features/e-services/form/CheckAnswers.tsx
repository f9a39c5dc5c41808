import { validateAnswers, type AnswerValue, type ServiceSpec } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import type { DocumentFiles } from './DocumentUpload.tsx';
import { AnswerDisplay } from './AnswerDisplay.tsx';
import type { FormValues } from './form-values.ts';
import { localized } from './localized.ts';

export interface CheckAnswersProps {
  spec: ServiceSpec;
  locale: Locale;
  values: FormValues;
  documents: Record<string, DocumentFiles>;
  /** Opens a step: its index among the question steps, or the documents step. */
  onChange: (target: number | 'documents') => void;
}

/** GOV.UK "Check your answers": every answer by step, each with a Change button back to its step. */
export function CheckAnswers({ spec, locale, values, documents, onChange }: CheckAnswersProps) {
  const { t } = useTranslation();
  // The answers as they will be sent (trimmed, numbers parsed, phones normalised); raw input if one is off.
  const checked = validateAnswers(spec.steps, values);
  const answers: Record<string, AnswerValue | undefined> = checked.ok ? checked.value : values;

  const changeButton = (label: string, target: number | 'documents') => (
    <button
      type="button"
      className="service-summary__change"
      aria-label={t('eServices.form.changeLabel', { label })}
      onClick={() => onChange(target)}
    >
      {t('eServices.form.change')}
    </button>
  );

  return (
    <div className="service-summary" data-testid="check-answers">
      {spec.steps.map((step, index) => (
        <section key={step.id} className="service-summary__section">
          <h3 className="service-summary__title">{localized(step.title, locale)}</h3>
          <dl className="service-summary__list">
            {step.fields.map((field) => {
              const label = localized(field.label, locale);
              return (
                <div key={field.name} className="service-summary__row" data-testid={`answer-${field.name}`}>
                  <dt className="service-summary__key">{label}</dt>
                  <dd className="service-summary__value">
                    <AnswerDisplay field={field} value={answers[field.name]} locale={locale} />
                  </dd>
                  <dd className="service-summary__action">{changeButton(label, index)}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {spec.documents.length > 0 ? (
        <section className="service-summary__section">
          <h3 className="service-summary__title">{t('eServices.form.documentsTitle')}</h3>
          <dl className="service-summary__list">
            {spec.documents.map((requirement) => {
              const label = localized(requirement.label, locale);
              const names = documents[requirement.kind]?.names ?? [];
              return (
                <div
                  key={requirement.kind}
                  className="service-summary__row"
                  data-testid={`document-answer-${requirement.kind}`}
                >
                  <dt className="service-summary__key">{label}</dt>
                  <dd className="service-summary__value">
                    {names.length > 0 ? (
                      <ul className="service-summary__files">
                        {names.map((name, i) => (
                          <li key={`${i}-${name}`}>
                            <bdi>{name}</bdi>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="service-summary__empty">{t('eServices.form.noDocuments')}</span>
                    )}
                  </dd>
                  <dd className="service-summary__action">{changeButton(label, 'documents')}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
