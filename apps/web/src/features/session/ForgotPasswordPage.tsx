import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { RequestPasswordResetDocument } from '../../gql/session/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, TextField } from '../../ui/index.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { loginHero } from './login-hero.ts';

const forgotSchema = z.object({ email: z.string().trim().min(1, 'required').email('invalid_email') });
type ForgotValues = z.infer<typeof forgotSchema>;

/**
 * "Forgot your password?": the address the link goes to. The answer is the same whether or not an
 * account uses it (the API tells no one), so the page says "if an account uses it".
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [requestReset] = useMutation(RequestPasswordResetDocument);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ForgotValues>({ resolver: zodResolver(forgotSchema), defaultValues: { email: '' } });

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('selfService.forgot.pageTitle') });
  }, [t]);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await requestReset({ variables: { login: values.email.trim() } });
      setSentTo(values.email.trim());
    } catch (error) {
      setServerError(describeError(error, t).message);
    }
  });

  if (sentTo)
    return (
      <AuthLayout {...loginHero(t)} title={t('selfService.forgot.sentHeading')}>
        <div className="login-card__done">
          <FormAlert tone="info">{t('selfService.forgot.sent', { email: isolate(sentTo) })}</FormAlert>
          <Link to="/login">{t('selfService.forgot.back')}</Link>
        </div>
      </AuthLayout>
    );

  return (
    <AuthLayout
      {...loginHero(t)}
      title={t('selfService.forgot.heading')}
      intro={t('selfService.forgot.intro')}
    >
      <form className="login-form" noValidate onSubmit={onSubmit}>
        {serverError ? <FormAlert>{serverError}</FormAlert> : null}
        <TextField
          label={t('selfService.forgot.email')}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          error={errors.email?.message ? validationMessage(errors.email.message, t) : undefined}
          {...register('email')}
        />
        <Button type="submit" size="lg" block loading={isSubmitting}>
          {isSubmitting ? t('selfService.forgot.submitting') : t('selfService.forgot.submit')}
        </Button>
      </form>
      <p className="login-card__links">
        <Link to="/login">{t('selfService.forgot.back')}</Link>
      </p>
    </AuthLayout>
  );
}
