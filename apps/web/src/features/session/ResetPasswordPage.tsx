import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ResetPasswordDocument } from '../../gql/session/graphql.ts';
import { describeError, hasErrorCode, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, TextField } from '../../ui/index.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { loginHero } from './login-hero.ts';
import { newPasswordFields, withRepeatedPassword } from './new-password.ts';
import { useSession } from './session-context.ts';

const resetSchema = withRepeatedPassword(z.object(newPasswordFields));
type ResetValues = z.infer<typeof resetSchema>;

/** `/reset-password?token=…`, opened from the e-mail: a new password; every session of the account ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const [serverError, setServerError] = useState<{ message: string; linkInvalid: boolean } | null>(null);
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetValues>({
    resolver: zodResolver(resetSchema),
    defaultValues: { password: '', passwordRepeat: '' },
  });

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('selfService.reset.pageTitle') });
  }, [t]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await resetPassword({ variables: { token, newPassword: values.password } });
      // The account's sessions ended; this browser starts over as a visitor, to sign in anew.
      if (session.viewer) await session.signOut();
      setDone(true);
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => i.field === 'newPassword');
      if (issue) setError('password', { message: issue.code }, { shouldFocus: true });
      else
        setServerError({
          message: described.message,
          linkInvalid: hasErrorCode(error, 'RESET_LINK_INVALID'),
        });
    }
  });

  const askAgain = <Link to="/forgot-password">{t('selfService.reset.askAgain')}</Link>;

  if (!token)
    return (
      <AuthLayout {...loginHero(t)} title={t('selfService.reset.heading')}>
        <div className="login-card__done">
          <FormAlert tone="info">{t('selfService.reset.noToken')}</FormAlert>
          {askAgain}
        </div>
      </AuthLayout>
    );

  if (done)
    return (
      <AuthLayout {...loginHero(t)} title={t('selfService.reset.heading')}>
        <div className="login-card__done">
          <FormAlert tone="info">{t('selfService.reset.done')}</FormAlert>
          <Link to="/login">{t('selfService.reset.signIn')}</Link>
        </div>
      </AuthLayout>
    );

  const fieldError = (name: keyof ResetValues) => {
    const code = errors[name]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  return (
    <AuthLayout {...loginHero(t)} title={t('selfService.reset.heading')} intro={t('selfService.reset.intro')}>
      <form className="login-form" noValidate onSubmit={onSubmit}>
        {serverError ? <FormAlert>{serverError.message}</FormAlert> : null}
        {serverError?.linkInvalid ? askAgain : null}
        <TextField
          label={t('selfService.reset.password')}
          hint={t('selfService.register.passwordHint')}
          type="password"
          autoComplete="new-password"
          dir="ltr"
          error={fieldError('password')}
          {...register('password')}
        />
        <TextField
          label={t('selfService.reset.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          dir="ltr"
          error={fieldError('passwordRepeat')}
          {...register('passwordRepeat')}
        />
        <Button type="submit" size="lg" block loading={isSubmitting}>
          {isSubmitting ? t('selfService.reset.submitting') : t('selfService.reset.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
