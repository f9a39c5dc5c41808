import { useMutation } from '@apollo/client/react';
import { countryCodes, isErrorCode, locales, supportedCurrencies, type Locale } from '@citydesk/domain';
import { useEffect, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import { SetUpCityDocument, SetupRequiredDocument } from '../../gql/session/graphql.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, Select, TextField } from '../../ui/index.ts';
import { AuthLayout } from '../session/AuthLayout.tsx';
import { homePath } from '../session/roles.ts';
import { useSession } from '../session/session-context.ts';
import {
  countryChoice,
  initialSetupValues,
  setupResolver,
  suggestedCode,
  timeZonesOf,
  toSetupInput,
  tokenFromHash,
  type SetupValues,
} from './setup-form.ts';
import './SetupPage.css';

/** The first run: the city and its first administrator, in one form, once. */
export function SetupPage() {
  const { t } = useTranslation();
  const i18n = useI18nInstance();
  const session = useSession();
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<string | null>(null);
  const [codeTouched, setCodeTouched] = useState(false);
  const [setUpCity] = useMutation(SetUpCityDocument, { refetchQueries: [SetupRequiredDocument] });
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SetupValues>({
    defaultValues: initialSetupValues(tokenFromHash(window.location.hash), currentLocale(i18n)),
    resolver: setupResolver,
  });

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('setup.pageTitle') });
  }, [t]);
  // The token is in the fragment (never sent to a server or a Referer); once read it leaves the address bar.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  const [names, officialLocale, countryCode] = useWatch({
    control,
    name: ['names', 'officialLocale', 'countryCode'],
  });
  const suggestion = suggestedCode({ names, officialLocale });
  useEffect(() => {
    if (!codeTouched) setValue('code', suggestion);
  }, [codeTouched, suggestion, setValue]);

  const fieldError = (name: FieldPath<SetupValues>) => {
    const message = name
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
      { message?: string } | undefined;
    if (!message?.message) return undefined;
    return isErrorCode(message.message)
      ? t(`errors.${message.message}`)
      : validationMessage(message.message, t);
  };

  const showIssues = (issues: { field: string; code: string }[]) => {
    issues.forEach((issue, index) =>
      setError(issue.field as FieldPath<SetupValues>, { message: issue.code }, { shouldFocus: index === 0 }),
    );
  };

  const onSubmit = handleSubmit(async (form) => {
    setServerError(null);
    try {
      const { data } = await setUpCity({ variables: { input: toSetupInput(form) } });
      if (!data) throw new Error('setUpCity returned no data');
      session.signIn(data.setUpCity.user);
      await navigate(homePath.ADMINISTRATOR, { replace: true });
    } catch (error) {
      const described = describeError(error, t);
      // Set up meanwhile (another tab, the CLI): there is nothing left to do here but to sign in.
      if (described.code === 'ALREADY_SET_UP') return void (await navigate('/login', { replace: true }));
      if (described.code === 'SETUP_TOKEN_INVALID')
        return setError('token', { message: described.code }, { shouldFocus: true });
      if (described.issues.length > 0) showIssues(described.issues);
      setServerError(described.message);
    }
  });

  const languageName = (l: Locale) => t(`setup.languages.${l}`);
  const nameOrder = [officialLocale, ...locales.filter((l) => l !== officialLocale)];

  return (
    <AuthLayout
      heroTitle={t('setup.heroTitle')}
      heroPoints={(['city', 'admin', 'next'] as const).map((point) => t(`setup.heroPoints.${point}`))}
      title={t('setup.heading')}
      intro={t('setup.intro')}
      wide
    >
      <form className="login-form" data-testid="setup-form" noValidate onSubmit={onSubmit}>
        {serverError ? <FormAlert>{serverError}</FormAlert> : null}
        <TextField
          label={t('setup.token')}
          hint={t('setup.tokenHint')}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          error={fieldError('token')}
          {...register('token')}
        />

        <fieldset className="setup-section">
          <legend className="setup-section__title">{t('setup.citySection')}</legend>
          <Select
            label={t('setup.country')}
            hint={t('setup.countryHint')}
            error={fieldError('countryCode')}
            {...register('countryCode', {
              onChange: (event: { target: { value: string } }) => {
                const choice = countryChoice(event.target.value);
                if (!choice) return;
                setValue('timeZone', choice.timeZone);
                setValue('currency', choice.currency);
                setValue('officialLocale', choice.officialLocale);
              },
            })}
          >
            {countryCodes.map((code) => (
              <option key={code} value={code}>
                {t(`setup.countries.${code}`)}
              </option>
            ))}
          </Select>
          <Select
            label={t('setup.officialLocale')}
            error={fieldError('officialLocale')}
            {...register('officialLocale')}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </Select>
          {nameOrder.map((l) => (
            <TextField
              key={l}
              label={t('setup.cityName', { language: languageName(l) })}
              hint={l === officialLocale ? t('setup.cityNameHint') : undefined}
              optional={l !== officialLocale}
              lang={l}
              dir={l === 'fa' ? 'rtl' : 'ltr'}
              error={fieldError(`names.${l}`)}
              {...register(`names.${l}`)}
            />
          ))}
          <TextField
            label={t('setup.code')}
            hint={t('setup.codeHint')}
            dir="ltr"
            autoCapitalize="characters"
            spellCheck={false}
            error={fieldError('code')}
            {...register('code', { onChange: () => setCodeTouched(true) })}
          />
          <div className="setup-section__row">
            <Select
              label={t('setup.timeZone')}
              dir="ltr"
              error={fieldError('timeZone')}
              {...register('timeZone')}
            >
              {timeZonesOf(countryCode).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
            <Select
              label={t('setup.currency')}
              dir="ltr"
              error={fieldError('currency')}
              {...register('currency')}
            >
              {supportedCurrencies.map((currency) => (
                <option key={currency} value={currency}>
                  {currency}
                </option>
              ))}
            </Select>
          </div>
          <label className="setup-check">
            <input type="checkbox" {...register('standardCategories')} />
            <span>
              {t('setup.standardCategories')}
              <span className="setup-check__hint">{t('setup.standardCategoriesHint')}</span>
            </span>
          </label>
        </fieldset>

        <fieldset className="setup-section">
          <legend className="setup-section__title">{t('setup.adminSection')}</legend>
          <TextField
            label={t('setup.adminName')}
            autoComplete="name"
            error={fieldError('administrator.displayName')}
            {...register('administrator.displayName')}
          />
          <TextField
            label={t('setup.adminEmail')}
            type="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            error={fieldError('administrator.email')}
            {...register('administrator.email')}
          />
          <TextField
            label={t('setup.adminPassword')}
            hint={t('setup.adminPasswordHint')}
            type="password"
            autoComplete="new-password"
            dir="ltr"
            error={fieldError('administrator.password')}
            {...register('administrator.password')}
          />
          <Select
            label={t('setup.adminLocale')}
            error={fieldError('administrator.locale')}
            {...register('administrator.locale')}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </Select>
        </fieldset>

        <Button type="submit" size="lg" block loading={isSubmitting} data-testid="setup-submit">
          {isSubmitting ? t('setup.submitting') : t('setup.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
