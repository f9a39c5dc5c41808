// The setup form's values, what choosing a country fills in, and the form → API input mapping. Validation is
// the domain's (the same rules the API applies), so the page and the server never disagree.
import {
  countryDefaults,
  isCountryCode,
  locales,
  suggestCityCode,
  validateCitySetup,
  type CitySetupInput,
  type Locale,
  type ValidationIssue,
} from '@citydesk/domain';
import { toNestErrors } from '@hookform/resolvers';
import type { Resolver } from 'react-hook-form';

export interface SetupValues {
  token: string;
  code: string;
  names: Record<Locale, string>;
  countryCode: string;
  timeZone: string;
  currency: string;
  officialLocale: Locale;
  standardCategories: boolean;
  administrator: { email: string; displayName: string; password: string; locale: Locale };
}

/** The token from the link the server printed (`/setup#token=…`), if the page was opened through it. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export function initialSetupValues(token: string, locale: Locale): SetupValues {
  const country = defaultCountryFor(locale);
  const defaults = countryDefaults[country];
  return {
    token,
    code: '',
    names: Object.fromEntries(locales.map((l) => [l, ''])) as Record<Locale, string>,
    countryCode: country,
    timeZone: defaults.timeZones[0]!,
    currency: defaults.currency,
    officialLocale: defaults.officialLocale,
    standardCategories: true,
    administrator: { email: '', displayName: '', password: '', locale },
  };
}

/** The country a visitor reading in a language most likely sets up. */
function defaultCountryFor(locale: Locale) {
  const byLocale: Partial<Record<Locale, keyof typeof countryDefaults>> = {
    az: 'AZ',
    fa: 'IR',
    kk: 'KZ',
    ru: 'RU',
  };
  return byLocale[locale] ?? 'KZ';
}

/** What changes when the country does: its first time zone, its currency, its official language. */
export function countryChoice(
  country: string,
): Pick<SetupValues, 'timeZone' | 'currency' | 'officialLocale'> | null {
  if (!isCountryCode(country)) return null;
  const d = countryDefaults[country];
  return { timeZone: d.timeZones[0]!, currency: d.currency, officialLocale: d.officialLocale };
}

export function timeZonesOf(country: string): readonly string[] {
  return isCountryCode(country) ? countryDefaults[country].timeZones : [];
}

/** The code suggested from the official-language name (or any name that has Latin or Cyrillic letters). */
export function suggestedCode(values: Pick<SetupValues, 'names' | 'officialLocale'>): string {
  const names = [values.names[values.officialLocale], ...locales.map((l) => values.names[l])];
  for (const name of names) {
    const code = suggestCityCode(name);
    if (code) return code;
  }
  return '';
}

/** The mutation's input (SetUpCityInput: the domain's CitySetupInput with typed languages, plus the token). */
export function toSetupInput(values: SetupValues) {
  return {
    token: values.token.trim(),
    code: values.code,
    names: values.names,
    countryCode: values.countryCode,
    timeZone: values.timeZone,
    currency: values.currency,
    officialLocale: values.officialLocale,
    administrator: values.administrator,
    standardCategories: values.standardCategories,
  };
}

/** The domain's issues for these values ([] when they would be accepted), and a missing token. */
export function setupIssues(values: SetupValues): ValidationIssue[] {
  const input: CitySetupInput = toSetupInput(values);
  const result = validateCitySetup(input);
  const token: ValidationIssue[] = values.token.trim() === '' ? [{ field: 'token', code: 'required' }] : [];
  return [...token, ...(result.ok ? [] : result.issues)];
}

/** react-hook-form runs the domain's validation; it focuses the first field at fault, in the form's order. */
export const setupResolver: Resolver<SetupValues> = (values, _context, options) => {
  const issues = setupIssues(values);
  if (issues.length === 0) return { values, errors: {} };
  const flat = Object.fromEntries(issues.map((i) => [i.field, { type: 'validate', message: i.code }]));
  return { values: {}, errors: toNestErrors(flat, options) };
};
