import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconAlert } from './icons.tsx';
import './Field.css';

export interface FieldChromeProps {
  label: ReactNode;
  /** Help shown under the label, linked with aria-describedby. */
  hint?: ReactNode;
  /** Error text (already translated); sets aria-invalid and is announced. */
  error?: ReactNode;
  /** Marks the field as optional in the label (fields are required unless said otherwise). */
  optional?: boolean;
}

export interface ControlA11yProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps extends FieldChromeProps {
  id?: string | undefined;
  className?: string;
  children: (control: ControlA11yProps) => ReactNode;
}

/** Label + control + hint + error, wired together for assistive technology. */
export function Field({ id, label, hint, error, optional, className, children }: FieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  const controlId = id ?? `field${generated.replace(/:/g, '')}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={controlId}>
        {label}
        {optional ? <span className="field__optional">({t('common.optional')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id: controlId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          <IconAlert size={16} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
