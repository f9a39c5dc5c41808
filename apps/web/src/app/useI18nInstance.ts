import type { i18n } from 'i18next';
import { useContext } from 'react';
import { getI18n, I18nContext, useTranslation } from 'react-i18next';

/**
 * The app's i18next instance itself. react-i18next 17's useTranslation() hands out a per-render snapshot
 * whose `language` is frozen; anything that reads the language later (the Apollo locale header, the socket's
 * connectionParams) or changes it must hold the real instance. Also re-renders on language change.
 */
export function useI18nInstance(): i18n {
  useTranslation();
  const context = useContext(I18nContext) as { i18n?: i18n } | undefined;
  return context?.i18n ?? getI18n();
}
