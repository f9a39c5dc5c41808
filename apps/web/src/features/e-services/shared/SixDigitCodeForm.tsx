import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toLatinDigits } from '../../../lib/format.ts';
import { Button, TextField } from '../../../ui/index.ts';
import './six-digit-code.css';

export interface SixDigitCodeFormProps {
  label: string;
  hint: string;
  /** Already translated: the server's verdict on the last code. */
  error: string | null;
  submitLabel: string;
  submittingLabel: string;
  submitting: boolean;
  resendLabel: string;
  resending: boolean;
  onSubmit: (code: string) => void;
  onResend: () => void;
  /** Prefix of the test ids: `<prefix>-code`, `<prefix>-submit`. */
  testId: string;
}

/**
 * Typing a six-digit one-time code (from an SMS or an e-mail): digits only, read from any script the
 * keyboard gives (Persian and Arabic-Indic digits too), checked for six before it is sent.
 */
export function SixDigitCodeForm(props: SixDigitCodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setFormatError(t('eServices.signing.codeFormat'));
      return;
    }
    setFormatError(null);
    props.onSubmit(code);
  };
  return (
    <form className="code-form" onSubmit={onSubmit} noValidate>
      <TextField
        label={props.label}
        hint={props.hint}
        error={formatError ?? props.error ?? undefined}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        dir="ltr"
        data-testid={`${props.testId}-code`}
        className="code-form__code"
        value={code}
        onChange={(e) => setCode(toLatinDigits(e.target.value).replace(/\D/g, '').slice(0, 6))}
      />
      <div className="code-form__actions">
        <Button type="submit" loading={props.submitting} data-testid={`${props.testId}-submit`}>
          {props.submitting ? props.submittingLabel : props.submitLabel}
        </Button>
        <Button variant="ghost" loading={props.resending} onClick={props.onResend}>
          {props.resendLabel}
        </Button>
      </div>
    </form>
  );
}
