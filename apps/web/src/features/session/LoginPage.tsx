import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import { LoginDocument } from '../../gql/session/graphql.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, TextField } from '../../ui/index.ts';
import { homePath, pathBelongsTo } from './roles.ts';
import { useSession } from './session-context.ts';
import { AuthLayout } from './AuthLayout.tsx';

// Messages are validation codes, translated when shown (the language may change while the form is open).
const loginSchema = z.object({
  login: z.string().trim().min(1, 'required'),
  password: z.string().min(1, 'required'),
});

type LoginValues = z.infer<typeof loginSchema>;

interface LoginLocationState {
  from?: string;
  expired?: boolean;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const [serverError, setServerError] = useState<string | null>(null);
  const [login] = useMutation(LoginDocument);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { login: '', password: '' },
  });

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('login.pageTitle') });
  }, [t]);

  if (session.viewer) return <Navigate to={homePath[session.viewer.role]} replace />;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const { data } = await login({ variables: { login: values.login.trim(), password: values.password } });
      if (!data) throw new Error('login returned no data');
      const user = data.login.user;
      session.signIn(user);
      const target = state.from && pathBelongsTo(user.role, state.from) ? state.from : homePath[user.role];
      await navigate(target, { replace: true });
    } catch (error) {
      setServerError(describeError(error, t).message);
    }
  });

  return (
    <AuthLayout
      heroTitle={t('login.heroTitle')}
      heroPoints={(['file', 'route', 'watch'] as const).map((point) => t(`login.heroPoints.${point}`))}
      title={t('login.heading')}
      intro={t('login.intro')}
    >
      <form className="login-form" data-testid="login-form" noValidate onSubmit={onSubmit}>
        {serverError ? (
          <FormAlert>{serverError}</FormAlert>
        ) : state.expired ? (
          <FormAlert tone="info">{t('errors.UNAUTHENTICATED')}</FormAlert>
        ) : null}
        <TextField
          label={t('login.login')}
          hint={t('login.loginHint')}
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          error={errors.login?.message ? validationMessage(errors.login.message, t) : undefined}
          {...register('login')}
        />
        <TextField
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          dir="ltr"
          error={errors.password?.message ? validationMessage(errors.password.message, t) : undefined}
          {...register('password')}
        />
        <Button type="submit" size="lg" block loading={isSubmitting}>
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p className="login-card__public">
        <Link to="/transparency" data-testid="transparency-link">
          {t('transparency.loginLink')}
        </Link>
      </p>
      <p className="login-card__public">
        <Link to="/track" data-testid="track-link">
          {t('contacts.track.link')}
        </Link>
      </p>
    </AuthLayout>
  );
}
