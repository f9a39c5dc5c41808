// The first run of a city: what its setup form (and `citydesk setup`) must name, the defaults each supported
// country suggests, and the validation both the web page and the API apply before anything is written.
import { z } from 'zod';
import type { ValidationIssue, ValidationResult } from '../issues.ts';
import { countryCodes, type CountryCode } from '../sla/calendars.ts';
import { locales, type Locale } from '../roles.ts';

export interface CountryDefaults {
  /** The country's IANA time zones a city may be in, the most populous first (the suggestion). */
  timeZones: readonly string[];
  /** ISO 4217: fees and debts are kept in its minor units. */
  currency: string;
  /** The language the city's documents are official in, unless the city says otherwise. */
  officialLocale: Locale;
}

/** What choosing a country fills in on the setup form; every supported country has a working-day calendar. */
export const countryDefaults: Readonly<Record<CountryCode, CountryDefaults>> = {
  RU: {
    timeZones: [
      'Europe/Moscow',
      'Europe/Kaliningrad',
      'Europe/Samara',
      'Europe/Volgograd',
      'Asia/Yekaterinburg',
      'Asia/Omsk',
      'Asia/Novosibirsk',
      'Asia/Krasnoyarsk',
      'Asia/Irkutsk',
      'Asia/Yakutsk',
      'Asia/Vladivostok',
      'Asia/Magadan',
      'Asia/Kamchatka',
    ],
    currency: 'RUB',
    officialLocale: 'ru',
  },
  AZ: { timeZones: ['Asia/Baku'], currency: 'AZN', officialLocale: 'az' },
  KZ: {
    timeZones: ['Asia/Almaty', 'Asia/Qostanay', 'Asia/Aqtobe', 'Asia/Aqtau', 'Asia/Atyrau', 'Asia/Oral'],
    currency: 'KZT',
    officialLocale: 'kk',
  },
  // citydesk does not speak Ukrainian yet: the city picks the language its documents are issued in.
  UA: { timeZones: ['Europe/Kyiv'], currency: 'UAH', officialLocale: 'en' },
  IR: { timeZones: ['Asia/Tehran'], currency: 'IRR', officialLocale: 'fa' },
};

/** The currencies the shipped formatting data covers. */
export const supportedCurrencies: readonly string[] = [
  ...new Set(Object.values(countryDefaults).map((d) => d.currency)),
];

/** City codes prefix request numbers (KZN-2026-000123): 2 to 8 Latin capitals. */
export const cityCodePattern = /^[A-Z]{2,8}$/;
export const cityNameMaxLength = 120;
export const displayNameMaxLength = 120;
/** Length bounds of a password, in characters (the same for setup, registration and changes). */
export const passwordLength = { min: 8, max: 256 } as const;

export interface CitySetupInput {
  code: string;
  /** The city's name per language; blank ones fall back to the official language's. */
  names: Partial<Record<Locale, string | null>>;
  countryCode: string;
  timeZone: string;
  currency: string;
  officialLocale: string;
  administrator: { email: string; displayName: string; password: string; locale: string };
}

export interface CitySetup {
  code: string;
  names: Record<Locale, string>;
  countryCode: CountryCode;
  timeZone: string;
  currency: string;
  officialLocale: Locale;
  administrator: { email: string; displayName: string; password: string; locale: Locale };
}

const emailSchema = z.email();

/** Checks a city setup and normalises it (trimmed, upper-case codes, lower-case e-mail, names filled in). */
export function validateCitySetup(input: CitySetupInput): ValidationResult<CitySetup> {
  const issues: ValidationIssue[] = [];
  const issue = (field: string, code: ValidationIssue['code']) => issues.push({ field, code });

  const code = input.code.trim().toUpperCase();
  if (code === '') issue('code', 'required');
  else if (!cityCodePattern.test(code)) issue('code', 'invalid_format');

  const countryCode = input.countryCode.trim().toUpperCase();
  const country = (countryCodes as readonly string[]).includes(countryCode)
    ? (countryCode as CountryCode)
    : null;
  if (!country) issue('countryCode', countryCode === '' ? 'required' : 'invalid_choice');

  const timeZone = input.timeZone.trim();
  if (timeZone === '') issue('timeZone', 'required');
  else if (country && !countryDefaults[country].timeZones.includes(timeZone))
    issue('timeZone', 'invalid_choice');

  const currency = input.currency.trim().toUpperCase();
  if (currency === '') issue('currency', 'required');
  else if (!supportedCurrencies.includes(currency)) issue('currency', 'invalid_choice');

  const officialLocale = isOneOf(locales, input.officialLocale) ? input.officialLocale : null;
  if (!officialLocale) issue('officialLocale', 'invalid_choice');

  const trimmed = Object.fromEntries(
    locales.map((l) => [l, (input.names[l] ?? '').trim()] as const),
  ) as Record<Locale, string>;
  for (const l of locales) if ([...trimmed[l]].length > cityNameMaxLength) issue(`names.${l}`, 'too_long');
  if (officialLocale && trimmed[officialLocale] === '') issue(`names.${officialLocale}`, 'required');
  const fallback = officialLocale ? trimmed[officialLocale] : '';
  const names = Object.fromEntries(locales.map((l) => [l, trimmed[l] || fallback])) as Record<Locale, string>;

  const admin = input.administrator;
  const email = admin.email.trim().toLowerCase();
  if (email === '') issue('administrator.email', 'required');
  else if (!emailSchema.safeParse(email).success) issue('administrator.email', 'invalid_email');
  const displayName = admin.displayName.trim();
  if (displayName === '') issue('administrator.displayName', 'required');
  else if ([...displayName].length > displayNameMaxLength) issue('administrator.displayName', 'too_long');
  const passwordChars = [...admin.password].length;
  if (passwordChars < passwordLength.min) issue('administrator.password', 'too_short');
  else if (passwordChars > passwordLength.max) issue('administrator.password', 'too_long');
  const locale = isOneOf(locales, admin.locale) ? admin.locale : null;
  if (!locale) issue('administrator.locale', 'invalid_choice');

  if (issues.length > 0 || !country || !officialLocale || !locale) return { ok: false, issues };
  return {
    ok: true,
    value: {
      code,
      names,
      countryCode: country,
      timeZone,
      currency,
      officialLocale,
      administrator: { email, displayName, password: admin.password, locale },
    },
  };
}

/**
 * A city code suggested from its name: the first three Latin letters after transliterating Cyrillic
 * (Казань → KAZ, Baku → BAK); null when the name has too few (Persian script: the city types its own).
 */
export function suggestCityCode(name: string): string | null {
  const latin = [...name.toLowerCase()].map((ch) => cyrillicToLatin[ch] ?? ch).join('');
  const letters = latin.normalize('NFD').replace(/[^a-z]/g, '');
  return letters.length >= 2 ? letters.slice(0, 3).toUpperCase() : null;
}

const cyrillicToLatin: Readonly<Record<string, string>> = Object.fromEntries([
  ['а', 'a'],
  ['ә', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['ғ', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['ё', 'e'],
  ['ж', 'zh'],
  ['з', 'z'],
  ['и', 'i'],
  ['і', 'i'],
  ['й', 'y'],
  ['к', 'k'],
  ['қ', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['ң', 'n'],
  ['о', 'o'],
  ['ө', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ұ', 'u'],
  ['ү', 'u'],
  ['ф', 'f'],
  ['х', 'kh'],
  ['һ', 'h'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'sch'],
  ['ы', 'y'],
  ['э', 'e'],
  ['ю', 'yu'],
  ['я', 'ya'],
  ['ї', 'yi'],
  ['є', 'ye'],
  ['ґ', 'g'],
  // Azerbaijani Latin letters NFD does not decompose.
  ['ə', 'e'],
  ['ı', 'i'],
]);

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
