import type { TFunction } from 'i18next';

/** The sign-in page's hero, which the pages around signing in (sign-up, a forgotten password) show too. */
export const loginHero = (t: TFunction) => ({
  heroTitle: t('login.heroTitle'),
  heroPoints: (['file', 'route', 'watch'] as const).map((point) => t(`login.heroPoints.${point}`)),
});
