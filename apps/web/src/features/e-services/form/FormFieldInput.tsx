import type { FormField } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import { useId, type ComponentProps } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IconAlert, Select, TextArea, TextField } from '../../../ui/index.ts';
import { toLatinDigits } from '../../../lib/format.ts';
import type { FormValues } from './form-values.ts';
import { localized } from './localized.ts';

export interface FormFieldInputProps {
  field: FormField;
  locale: Locale;
  register: UseFormRegister<FormValues>;
  /** Already translated. */
  error?: string | undefined;
}

/** A pattern made only of ASCII (`\d{10}`, `[A-Z]{2}-\d+`) asks for a code: typed left to right on RTL pages. */
const isCodePattern = (pattern: string | undefined) =>
  pattern !== undefined && /^[\x20-\x7E]*$/.test(pattern);

const autoCompleteOf: Record<NonNullable<FormField['prefill']>, string> = {
  email: 'email',
  phone: 'tel',
  displayName: 'name',
};

/** One field of a service form, rendered by its type with the design system's label, help and error. */
export function FormFieldInput({ field, locale, register, error }: FormFieldInputProps) {
  const chrome = {
    label: localized(field.label, locale),
    hint: localized(field.help, locale),
    error,
    optional: !field.required,
  };
  const autoComplete = field.prefill ? autoCompleteOf[field.prefill] : undefined;
  const text = (props: ComponentProps<'input'>) => (
    <TextField {...chrome} {...(autoComplete ? { autoComplete } : {})} {...props} {...register(field.name)} />
  );
  switch (field.type) {
    case 'text':
      return text({ type: 'text', ...(isCodePattern(field.pattern) ? { dir: 'ltr' } : { dir: 'auto' }) });
    case 'textarea':
      return <TextArea {...chrome} rows={5} dir="auto" {...register(field.name)} />;
    case 'integer':
    case 'decimal':
      return (
        <TextField
          {...chrome}
          type="text"
          inputMode={field.type === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          dir="ltr"
          className="service-field--short"
          {...register(field.name, {
            setValueAs: (v: unknown) => (typeof v === 'string' ? toLatinDigits(v) : v),
          })}
        />
      );
    case 'email':
      return text({ type: 'email', inputMode: 'email', dir: 'ltr', spellCheck: false });
    case 'phone':
      return text({ type: 'tel', inputMode: 'tel', dir: 'ltr' });
    case 'date':
      return (
        <TextField
          {...chrome}
          type="date"
          dir="ltr"
          className="service-field--short"
          {...register(field.name)}
        />
      );
    case 'select':
      return (
        <Select {...chrome} {...register(field.name)}>
          <SelectPlaceholder />
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {localized(option.label, locale)}
            </option>
          ))}
        </Select>
      );
    case 'checkbox':
      return <CheckboxInput {...chrome} register={register} name={field.name} />;
  }
}

function SelectPlaceholder() {
  const { t } = useTranslation();
  return <option value="">{t('eServices.form.choose')}</option>;
}

interface CheckboxInputProps {
  name: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  optional: boolean;
  register: UseFormRegister<FormValues>;
}

/** A single box (a consent or a yes/no question): the box, its label beside it, help and error linked. */
function CheckboxInput({ name, label, hint, error, optional, register }: CheckboxInputProps) {
  const id = `field${useId().replace(/:/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'service-check', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <div className="service-check__row">
        <input
          id={id}
          type="checkbox"
          className="service-check__input"
          required={!optional}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        />
        <label className="service-check__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <p className="field__hint service-check__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          <IconAlert size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
