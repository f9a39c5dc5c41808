import { answersSchema, type Answers, type FormStep } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../ui/index.ts';
import { FormFieldInput } from './FormFieldInput.tsx';
import { validationMessage } from '../../../lib/errors.ts';
import type { FormValues } from './form-values.ts';

export interface QuestionStepProps {
  step: FormStep;
  locale: Locale;
  /** The raw input of this step's fields. */
  defaultValues: FormValues;
  /** Issue codes found later (the final check, the server), shown on the fields when the step opens. */
  issues: Record<string, string>;
  labelledBy: string;
  /** Valid: the step's raw input (kept for editing) and its normalised answers. */
  onContinue: (values: FormValues, answers: Answers) => void;
  /** Leaves without validating; what was typed is kept. */
  onBack?: (values: FormValues) => void;
}

/** One question group, validated with the very schema the API uses (the domain's answersSchema). */
export function QuestionStep({
  step,
  locale,
  defaultValues,
  issues,
  labelledBy,
  onContinue,
  onBack,
}: QuestionStepProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => answersSchema([step]) as unknown as z.ZodType<Answers, FormValues>, [step]);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<FormValues, unknown, Answers>({ resolver: zodResolver(schema), defaultValues });

  // Only on opening: later issues come from the resolver.
  const [initialIssues] = useState(issues);
  useEffect(() => {
    const names = step.fields.map((f) => f.name).filter((name) => initialIssues[name]);
    names.forEach((name, i) => setError(name, { message: initialIssues[name] }, { shouldFocus: i === 0 }));
  }, [initialIssues, setError, step]);

  const submit = handleSubmit((answers) => onContinue(getValues(), answers));

  return (
    <form className="service-form__step" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      <div className="service-form__fields">
        {step.fields.map((field) => {
          const code = errors[field.name]?.message;
          return (
            <FormFieldInput
              key={field.name}
              field={field}
              locale={locale}
              register={register}
              error={code ? validationMessage(code, t) : undefined}
            />
          );
        })}
      </div>
      <div className="service-form__actions">
        <Button type="submit" size="lg" data-testid="step-continue">
          {t('eServices.form.continue')}
        </Button>
        {onBack ? (
          <Button variant="ghost" size="lg" onClick={() => onBack(getValues())}>
            {t('eServices.form.back')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
