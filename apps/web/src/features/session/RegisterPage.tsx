import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { z } from 'zod';
import { ConfirmRegistrationDocument, RegisterResidentDocument } from '../../gql/session/graphql.ts';
import { currentLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, FormAlert, TextField } from '../../ui/index.ts';
import { SixDigitCodeForm } from '../e-services/shared/SixDigitCodeForm.tsx';
import { AuthLayout } from './AuthLayout.tsx';
import { loginHero } from './login-hero.ts';
import { newPasswordFields, withRepeatedPassword } from './new-password.ts';
import { homePath } from './roles.ts';
import { useSession } from './session-context.ts';

const registerSchema = withRepeatedPassword(
  z.object({
    displayName: z.string().trim().min(1, 'required').max(100, 'too_long'),
    email: z.string().trim().min(1, 'required').email('invalid_email'),
    ...newPasswordFields,
  }),
);

type RegisterValues = z.infer<typeof registerSchema>;
const fields = ['displayName', 'email', 'password'] as const;

const codeErrors = ['code_invalid', 'code_expired', 'too_many_attempts'] as const;
type CodeError = (typeof codeErrors)[number];
const isCodeError = (code: string): code is CodeError => (codeErrors as readonly string[]).includes(code);

/** Signing up as a resident: the form, then the code e-mailed to the address; the account signs in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const i18n = useI18nInstance();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [sent, setSent] = useState<{ handle: string; sentTo: string; expiresAt: string } | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [registerResident] = useMutation(RegisterResidentDocument);
  const [confirmRegistration, confirming] = useMutation(ConfirmRegistrationDocument);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { displayName: '', email: '', password: '', passwordRepeat: '' },
  });

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('selfService.register.pageTitle') });
  }, [t]);

  if (session.viewer) return <Navigate to={homePath[session.viewer.role]} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const { data } = await registerResident({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
            locale: currentLocale(i18n),
          },
        },
      });
      if (data) setSent(data.registerResident);
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => (fields as readonly string[]).includes(i.field));
      if (issue)
        setError(issue.field as (typeof fields)[number], { message: issue.code }, { shouldFocus: true });
      else setServerError(described.message);
    }
  });

  const onCode = async (code: string) => {
    if (!sent) return;
    setCodeError(null);
    setServerError(null);
    try {
      const { data } = await confirmRegistration({ variables: { handle: sent.handle, code } });
      if (!data) throw new Error('confirmRegistration returned no data');
      const user = data.confirmRegistration.user;
      session.signIn(user);
      await navigate(homePath[user.role], { replace: true });
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => isCodeError(i.code));
      if (issue && isCodeError(issue.code)) setCodeError(t(`selfService.register.errors.${issue.code}`));
      else setServerError(described.message);
    }
  };

  const fieldError = (name: keyof RegisterValues) => {
    const code = errors[name]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  if (sent)
    return (
      <AuthLayout
        {...loginHero(t)}
        title={t('selfService.register.codeHeading')}
        intro={t('selfService.register.codeIntro', {
          email: isolate(sent.sentTo),
          time: format.dateTime(sent.expiresAt),
        })}
      >
        {serverError ? <FormAlert>{serverError}</FormAlert> : null}
        <SixDigitCodeForm
          label={t('selfService.register.code')}
          hint={t('selfService.register.codeHint')}
          error={codeError}
          submitLabel={t('selfService.register.confirm')}
          submittingLabel={t('selfService.register.confirming')}
          submitting={confirming.loading}
          resendLabel={t('selfService.register.startOver')}
          resending={false}
          onSubmit={(code) => void onCode(code)}
          onResend={() => {
            setSent(null);
            setCodeError(null);
          }}
          testId="registration"
        />
      </AuthLayout>
    );

  return (
    <AuthLayout
      {...loginHero(t)}
      title={t('selfService.register.heading')}
      intro={t('selfService.register.intro')}
    >
      <form className="login-form" noValidate onSubmit={onSubmit}>
        {serverError ? <FormAlert>{serverError}</FormAlert> : null}
        <TextField
          label={t('selfService.register.displayName')}
          hint={t('selfService.register.displayNameHint')}
          autoComplete="name"
          error={fieldError('displayName')}
          {...register('displayName')}
        />
        <TextField
          label={t('selfService.register.email')}
          hint={t('selfService.register.emailHint')}
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          error={fieldError('email')}
          {...register('email')}
        />
        <TextField
          label={t('selfService.register.password')}
          hint={t('selfService.register.passwordHint')}
          type="password"
          autoComplete="new-password"
          dir="ltr"
          error={fieldError('password')}
          {...register('password')}
        />
        <TextField
          label={t('selfService.register.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          dir="ltr"
          error={fieldError('passwordRepeat')}
          {...register('passwordRepeat')}
        />
        <Button type="submit" size="lg" block loading={isSubmitting}>
          {isSubmitting ? t('selfService.register.submitting') : t('selfService.register.submit')}
        </Button>
      </form>
      <p className="login-card__links">
        <Link to="/login">{t('selfService.register.haveAccount')}</Link>
      </p>
    </AuthLayout>
  );
}
