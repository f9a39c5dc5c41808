import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './locales.ts';
import { messages } from './messages/index.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = leaves(messages.en as unknown as Tree);
const others = locales.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

// Values that are rightly the same as in English: the product name, templates made only of placeholders,
// and words that happen to be spelled the same.
const sameAsEnglish = new Set([
  'app.name',
  'app.documentTitle',
  'request.statusChange',
  'request.actor',
  'documents.outcome.addressLine',
  // An example request number: the same in every language.
  'staffSearch.placeholder',
  'az:login.login',
  'az:request.status',
  // "KB" is how Azerbaijani writes kilobytes too.
  'az:request.fileSize',
]);

// Each locale's script: a value without a letter of its script is English left in (or a typo).
const script: Record<Exclude<Locale, 'en'>, RegExp> = {
  az: /[A-Za-zƏəĞğİıÖöŞşÜüÇç]/,
  fa: /[\u0600-\u06FF]/,
  ru: /[А-Яа-яЁё]/,
  kk: /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/,
};

describe('message catalogues', () => {
  it('has the API error codes, validation codes and enum labels the API and the web rely on', () => {
    const required = [
      ...[
        'UNAUTHENTICATED',
        'INVALID_CREDENTIALS',
        'RATE_LIMITED',
        'NOT_FOUND',
        'NOT_ALLOWED',
        'STALE_VERSION',
        'INVALID_INPUT',
        'INTERNAL',
        'UPLOAD_QUOTA_EXCEEDED',
      ].map((c) => `errors.${c}`),
      ...[
        'too_short',
        'too_long',
        'invalid_phone',
        'location_required',
        'location_ambiguous',
        'required',
        'invalid_choice',
        'not_allowed',
        'file_too_large',
        'file_type_not_allowed',
        'image_too_large',
        'file_corrupt',
        'too_many_files',
      ].map((c) => `validation.${c}`),
      ...[
        'NOT_DONE',
        'POOR_QUALITY',
        'DAMAGE',
        'OTHER',
        'DUPLICATE',
        'NOT_OUR_RESPONSIBILITY',
        'RESOLVED_BY_PHONE',
        'RESIDENT_WITHDREW',
      ].map((r) => `reason.${r}`),
      ...[
        'NEW',
        'ROUTED',
        'ASSIGNED',
        'IN_PROGRESS',
        'WORK_DONE',
        'VERIFIED',
        'CLOSED',
        'CLOSED_UNCONFIRMED',
        'RETURNED',
        'REOPENED',
        'CANCELLED',
      ].map((s) => `requestStatus.${s}`),
      ...[
        'FILED',
        'ROUTED',
        'UNROUTED',
        'ASSIGNED',
        'STARTED',
        'WORK_DONE',
        'VERIFIED',
        'RETURNED',
        'CONFIRMED',
        'REOPENED',
        'CANCELLED',
        'AUTO_CLOSED',
        'COMMENTED',
        'RATED',
        'CATEGORY_CHANGED',
        'PRIORITY_CHANGED',
        'ESCALATED',
      ].map((e) => `requestEvent.${e}`),
      ...['RESIDENT', 'DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR'].map((r) => `role.${r}`),
      ...['ENTRANCE', 'ROOF', 'BASEMENT', 'YARD'].map((a) => `commonArea.${a}`),
      ...['NORMAL', 'HIGH', 'EMERGENCY'].map((p) => `priority.${p}`),
    ];
    expect(required.filter((key) => !en.has(key))).toEqual([]);
    expect(placeholders(en.get('errors.RATE_LIMITED')!)).toEqual(['minutes']);
  });

  it.each(others)('%s has exactly the keys of en', (locale) => {
    const keys = leaves(messages[locale] as unknown as Tree);
    const missing = [...en.keys()].filter((k) => !keys.has(k));
    const extra = [...keys.keys()].filter((k) => !en.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales)('%s has no empty value', (locale) => {
    const empty = [...leaves(messages[locale] as unknown as Tree)]
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(others)('%s uses the same {{placeholders}} as en', (locale) => {
    const keys = leaves(messages[locale] as unknown as Tree);
    const mismatched = [...en].filter(
      ([k, v]) => keys.has(k) && placeholders(keys.get(k)!).join() !== placeholders(v).join(),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it.each(others)('%s has no English left in', (locale) => {
    const keys = leaves(messages[locale] as unknown as Tree);
    const untranslated = [...keys].filter(
      ([k, v]) => v === en.get(k) && !sameAsEnglish.has(k) && !sameAsEnglish.has(`${locale}:${k}`),
    );
    expect(untranslated.map(([k]) => k)).toEqual([]);
    const wrongScript = [...keys].filter(([k, v]) => {
      const text = v.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/citydesk/g, '');
      return /\p{L}/u.test(text) && !script[locale].test(text) && !sameAsEnglish.has(k);
    });
    expect(wrongScript.map(([k]) => k)).toEqual([]);
  });
});
