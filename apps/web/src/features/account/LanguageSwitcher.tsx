import { isLocale, isRtl, locales, nativeLanguageNames } from '@citydesk/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import { IconGlobe } from '../../ui/index.ts';
import { useChangeLocale } from './useChangeLocale.ts';
import './LanguageSwitcher.css';

/** A native select of the five languages, each named in its own script. */
export function LanguageSwitcher({ tone = 'light' }: { tone?: 'light' | 'chrome' }) {
  const { t } = useTranslation();
  const i18n = useI18nInstance();
  const changeLocale = useChangeLocale();
  const id = `language${useId().replace(/:/g, '')}`;
  return (
    <div className={`language-switcher language-switcher--${tone}`}>
      <IconGlobe size={18} />
      <label htmlFor={id} className="visually-hidden">
        {t('shell.language')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        data-testid="language-switcher"
        value={currentLocale(i18n)}
        onChange={(event) => {
          const { value } = event.target;
          if (isLocale(value)) void changeLocale(value);
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale} dir={isRtl(locale) ? 'rtl' : 'ltr'}>
            {nativeLanguageNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
