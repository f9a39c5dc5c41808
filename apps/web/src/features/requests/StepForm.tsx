import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { describeError, validationMessage } from '../../lib/errors.ts';
import {
  Button,
  ChoiceGroup,
  FormAlert,
  Radio,
  Select,
  TextArea,
  type ButtonVariant,
} from '../../ui/index.ts';
import type { ReasonCode } from './types.ts';
import './StepForm.css';

export interface StepValues {
  reasonCode: string | null;
  comment: string | null;
}

export interface StepFormProps {
  'data-testid': string;
  intro?: ReactNode;
  /** A reason the actor must pick: radio buttons (few, short) or a select. */
  reasons?: { codes: readonly ReasonCode[]; legend: string; as: 'radio' | 'select' };
  commentLabel: string;
  commentHint?: string;
  /** `true`: always; `'other'`: when the reason is OTHER; `false`: optional. */
  commentRequired: boolean | 'other';
  submitLabel: string;
  submitVariant?: ButtonVariant;
  onSubmit: (values: StepValues) => Promise<void>;
  /** Someone else changed the request meanwhile: the caller reloads it. */
  onStale: () => void;
  onCancel?: () => void;
}

const COMMENT_MAX = 2000;

/** One lifecycle step's form: an optional reason, a comment, the button; server errors shown in place. */
export function StepForm({
  'data-testid': testId,
  intro,
  reasons,
  commentLabel,
  commentHint,
  commentRequired,
  submitLabel,
  submitVariant = 'primary',
  onSubmit,
  onStale,
  onCancel,
}: StepFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z
        .object({ reasonCode: z.string(), comment: z.string().trim().max(COMMENT_MAX, 'too_long') })
        .superRefine((values, ctx) => {
          if (reasons && !values.reasonCode) {
            ctx.addIssue({ code: 'custom', path: ['reasonCode'], message: 'required' });
          }
          const needed =
            commentRequired === true || (commentRequired === 'other' && values.reasonCode === 'OTHER');
          if (needed && !values.comment) {
            ctx.addIssue({ code: 'custom', path: ['comment'], message: 'required' });
          }
        }),
    [reasons, commentRequired],
  );
  type Values = z.infer<typeof schema>;
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reasonCode: '', comment: '' } });
  const reasonCode = useWatch({ control, name: 'reasonCode' });
  const commentIsRequired =
    commentRequired === true || (commentRequired === 'other' && reasonCode === 'OTHER');
  const errorOf = (field: keyof Values) => {
    const code = errors[field]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit({ reasonCode: values.reasonCode || null, comment: values.comment.trim() || null });
    } catch (error) {
      const problem = describeError(error, t);
      const unplaced = problem.issues.filter((issue) => {
        const field = issue.field.split('.').pop();
        if (field === 'comment' || field === 'reasonCode') {
          setError(field, { message: issue.code }, { shouldFocus: true });
          return false;
        }
        return true;
      });
      if (problem.issues.length === 0 || unplaced.length > 0) setFormError(problem.message);
      if (problem.code === 'STALE_VERSION') onStale();
    }
  });

  return (
    <form className="step-form" data-testid={testId} noValidate onSubmit={submit}>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {intro ? <p className="step-form__intro">{intro}</p> : null}
      {reasons?.as === 'radio' ? (
        <div className={errors.reasonCode ? 'field field--invalid' : 'field'}>
          <ChoiceGroup legend={reasons.legend}>
            {reasons.codes.map((code) => (
              <Radio
                key={code}
                label={t(`reason.${code}`)}
                value={code}
                aria-invalid={errors.reasonCode ? true : undefined}
                {...register('reasonCode')}
              />
            ))}
          </ChoiceGroup>
          {errorOf('reasonCode') ? (
            <p className="field__error" role="alert">
              <span>{errorOf('reasonCode')}</span>
            </p>
          ) : null}
        </div>
      ) : reasons?.as === 'select' ? (
        <Select label={reasons.legend} error={errorOf('reasonCode')} {...register('reasonCode')}>
          <option value="">{t('dispatcher.actions.cancelReasonPlaceholder')}</option>
          {reasons.codes.map((code) => (
            <option key={code} value={code}>
              {t(`reason.${code}`)}
            </option>
          ))}
        </Select>
      ) : null}
      <TextArea
        label={commentLabel}
        hint={commentHint}
        optional={!commentIsRequired}
        rows={3}
        maxLength={COMMENT_MAX}
        error={errorOf('comment')}
        {...register('comment')}
      />
      <div className="step-form__actions">
        <Button type="submit" variant={submitVariant} loading={isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
