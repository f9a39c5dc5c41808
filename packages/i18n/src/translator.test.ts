import { describe, expect, it } from 'vitest';
import { isRtl, localeTag, locales, matchLocale, nativeLanguageNames } from './locales.ts';
import { createTranslator, resources } from './translator.ts';

describe('createTranslator', () => {
  it('translates API error codes with parameters', () => {
    expect(createTranslator('en').t('errors.RATE_LIMITED', { minutes: 5 })).toBe(
      'Too many attempts; try again in 5 min.',
    );
    expect(createTranslator('ru').t('errors.RATE_LIMITED', { minutes: 5 })).toContain('5 мин');
    expect(createTranslator('fa').t('errors.INVALID_CREDENTIALS')).toBe('نام کاربری یا گذرواژه نادرست است.');
  });

  it('never says whether the login or the password was wrong', () => {
    for (const locale of locales) {
      const text = createTranslator(locale).t('errors.INVALID_CREDENTIALS');
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('caches one translator per locale', () => {
    expect(createTranslator('kk')).toBe(createTranslator('kk'));
  });

  it('exposes one translation namespace per locale', () => {
    expect(Object.keys(resources).sort()).toEqual([...locales].sort());
    expect(resources.kk.translation.role.RESIDENT).toBe('Тұрғын');
  });
});

describe('locales', () => {
  it('lists the five languages with their native names', () => {
    expect(locales).toEqual(['az', 'fa', 'ru', 'kk', 'en']);
    expect(Object.values(nativeLanguageNames)).toEqual([
      'Azərbaycanca',
      'فارسی',
      'Русский',
      'Қазақша',
      'English',
    ]);
  });

  it('knows that only fa is right to left', () => {
    expect(locales.filter(isRtl)).toEqual(['fa']);
  });

  it('maps to full BCP 47 tags', () => {
    expect(locales.map(localeTag)).toEqual(['az-Latn-AZ', 'fa-IR', 'ru-RU', 'kk-KZ', 'en-GB']);
  });

  it('matches browser preferences on the primary language', () => {
    expect(matchLocale(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(matchLocale(['de'])).toBe('en');
    expect(matchLocale(['FA_ir'])).toBe('fa');
  });
});
