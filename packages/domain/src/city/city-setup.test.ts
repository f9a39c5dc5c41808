import { describe, expect, it } from 'vitest';
import { countryCodes } from '../sla/calendars.ts';
import {
  countryDefaults,
  suggestCityCode,
  supportedCurrencies,
  validateCitySetup,
  type CitySetupInput,
} from './city-setup.ts';

const valid: CitySetupInput = {
  code: ' ala ',
  names: { ru: 'Алматы', kk: ' Алматы ', en: '' },
  countryCode: 'kz',
  timeZone: 'Asia/Almaty',
  currency: 'kzt',
  officialLocale: 'kk',
  administrator: {
    email: ' Admin@Almaty.KZ ',
    displayName: ' Aigerim ',
    password: 'long enough',
    locale: 'ru',
  },
};

const issuesOf = (input: CitySetupInput) => {
  const result = validateCitySetup(input);
  return result.ok ? [] : result.issues;
};

describe('validateCitySetup', () => {
  it('normalises a valid setup and fills blank names from the official language', () => {
    const result = validateCitySetup(valid);
    expect(result).toEqual({
      ok: true,
      value: {
        code: 'ALA',
        names: { az: 'Алматы', fa: 'Алматы', ru: 'Алматы', kk: 'Алматы', en: 'Алматы' },
        countryCode: 'KZ',
        timeZone: 'Asia/Almaty',
        currency: 'KZT',
        officialLocale: 'kk',
        administrator: {
          email: 'admin@almaty.kz',
          displayName: 'Aigerim',
          password: 'long enough',
          locale: 'ru',
        },
      },
    });
  });

  it('keeps the password exactly as typed (spaces are characters)', () => {
    const result = validateCitySetup({
      ...valid,
      administrator: { ...valid.administrator, password: '  eight  ' },
    });
    expect(result.ok && result.value.administrator.password).toBe('  eight  ');
  });

  it.each([
    ['code', { code: '' }, 'required'],
    ['code', { code: 'K1' }, 'invalid_format'],
    ['code', { code: 'K' }, 'invalid_format'],
    ['code', { code: 'ABCDEFGHI' }, 'invalid_format'],
    ['code', { code: 'КЗН' }, 'invalid_format'],
    ['countryCode', { countryCode: '' }, 'required'],
    ['countryCode', { countryCode: 'DE' }, 'invalid_choice'],
    ['timeZone', { timeZone: '' }, 'required'],
    ['timeZone', { timeZone: 'Europe/Moscow' }, 'invalid_choice'],
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'invalid_choice'],
    ['currency', { currency: '' }, 'required'],
    ['currency', { currency: 'XXX' }, 'invalid_choice'],
    ['officialLocale', { officialLocale: 'de' }, 'invalid_choice'],
    ['names.kk', { names: { ru: 'Алматы' } }, 'required'],
    ['names.en', { names: { kk: 'Алматы', en: 'x'.repeat(121) } }, 'too_long'],
  ] as const)('refuses a bad %s (%j → %s)', (field, change, code) => {
    expect(issuesOf({ ...valid, ...change })).toEqual([{ field, code }]);
  });

  it.each([
    ['administrator.email', { email: '' }, 'required'],
    ['administrator.email', { email: 'not an address' }, 'invalid_email'],
    ['administrator.displayName', { displayName: '   ' }, 'required'],
    ['administrator.displayName', { displayName: 'x'.repeat(121) }, 'too_long'],
    ['administrator.password', { password: 'seven77' }, 'too_short'],
    ['administrator.password', { password: 'x'.repeat(257) }, 'too_long'],
    ['administrator.locale', { locale: 'de' }, 'invalid_choice'],
  ] as const)('refuses a bad %s (%j → %s)', (field, change, code) => {
    expect(issuesOf({ ...valid, administrator: { ...valid.administrator, ...change } })).toEqual([
      { field, code },
    ]);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({
      ...valid,
      code: '',
      countryCode: 'XX',
      timeZone: '',
      administrator: { ...valid.administrator, email: '' },
    });
    expect(issues.map((i) => i.field)).toEqual(['code', 'countryCode', 'timeZone', 'administrator.email']);
  });

  it('counts a name’s length in characters, not UTF-16 units', () => {
    expect(issuesOf({ ...valid, names: { kk: '🏙'.repeat(120) } })).toEqual([]);
  });
});

describe('countryDefaults', () => {
  it('covers every country that has a working-day calendar, with valid IANA zones', () => {
    expect(Object.keys(countryDefaults).sort()).toEqual([...countryCodes].sort());
    for (const defaults of Object.values(countryDefaults)) {
      expect(defaults.timeZones.length).toBeGreaterThan(0);
      for (const zone of defaults.timeZones)
        expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
      expect(supportedCurrencies).toContain(defaults.currency);
    }
  });

  it('accepts each country’s own defaults', () => {
    for (const [country, d] of Object.entries(countryDefaults))
      expect(
        issuesOf({
          ...valid,
          countryCode: country,
          timeZone: d.timeZones[0]!,
          currency: d.currency,
          officialLocale: d.officialLocale,
          names: { [d.officialLocale]: 'City' },
        }),
      ).toEqual([]);
  });
});

describe('suggestCityCode', () => {
  it.each([
    ['Казань', 'KAZ'],
    ['Baku', 'BAK'],
    ['Astana', 'AST'],
    ['Қостанай', 'KOS'],
    ['Şəki', 'SEK'],
    ['Київ', 'KIY'],
    ['ارومیه', null],
    ['', null],
  ])('%s → %s', (name, code) => {
    expect(suggestCityCode(name)).toBe(code);
  });
});
