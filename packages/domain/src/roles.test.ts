import { describe, expect, it } from 'vitest';
import { isLocale, isRole, locales, roles } from './roles.ts';

describe('roles', () => {
  it('lists exactly the four roles of the platform', () => {
    expect(roles).toEqual(['RESIDENT', 'DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR']);
  });

  it('recognises every role and nothing else', () => {
    for (const role of roles) expect(isRole(role)).toBe(true);
    for (const value of ['SYSTEM', 'resident', '', 'ADMIN', null, undefined, 1, {}]) {
      expect(isRole(value)).toBe(false);
    }
  });
});

describe('locales', () => {
  it('lists az, fa, ru, kk and the en fallback', () => {
    expect(locales).toEqual(['az', 'fa', 'ru', 'kk', 'en']);
  });

  it('recognises every locale and nothing else', () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    for (const value of ['AZ', 'de', 'ru-RU', '', null, undefined, 7]) expect(isLocale(value)).toBe(false);
  });
});
