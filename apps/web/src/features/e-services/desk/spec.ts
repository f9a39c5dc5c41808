// Reading an application's service definition on the desk: the refusal grounds, task kinds and field labels.
import { serviceSpecSchema, type FormField, type ServiceSpec } from '@citydesk/domain';
import type { Locale } from '@citydesk/i18n';
import type { TFunction } from 'i18next';
import { formatLocalDay, toLatinDigits } from '../../../lib/format.ts';
import { localized } from '../form/localized.ts';

/** The definition as the domain types it, or null when it does not hold (then the desk shows raw answers). */
export function readSpec(definition: unknown): ServiceSpec | null {
  const parsed = serviceSpecSchema.safeParse(definition);
  return parsed.success ? parsed.data : null;
}

export interface AnswerLine {
  name: string;
  label: string;
  value: string;
}

function show(field: FormField | undefined, value: unknown, locale: Locale, t: TFunction): string {
  if (typeof value === 'boolean') return value ? t('eServiceDesk.detail.yes') : t('eServiceDesk.detail.no');
  if (value === null || value === undefined || value === '') return t('common.notSpecified');
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (field?.type === 'select') {
    const option = field.options?.find((o) => o.value === text);
    if (option) return localized(option.label, locale);
  }
  if (field?.type === 'date') return formatLocalDay(text, locale);
  return text;
}

/** The answers as labelled lines, in the form's order; answers the definition does not know come last. */
export function answerLines(
  spec: ServiceSpec | null,
  answers: unknown,
  locale: Locale,
  t: TFunction,
): AnswerLine[] {
  const values = answers && typeof answers === 'object' ? (answers as Record<string, unknown>) : {};
  const fields = spec ? spec.steps.flatMap((s) => s.fields) : [];
  const known = new Set(fields.map((f) => f.name));
  return [
    ...fields
      .filter((f) => f.name in values)
      .map((f) => ({
        name: f.name,
        label: localized(f.label, locale),
        value: show(f, values[f.name], locale, t),
      })),
    ...Object.keys(values)
      .filter((name) => !known.has(name))
      .map((name) => ({ name, label: name, value: show(undefined, values[name], locale, t) })),
  ];
}

/** The subscriber code a utility application names, if any. */
export function subscriberCodeOf(answers: unknown): string | null {
  if (!answers || typeof answers !== 'object') return null;
  const code = (answers as Record<string, unknown>)['subscriberCode'];
  return typeof code === 'string' && code.trim() ? code.trim() : code != null ? String(code) : null;
}

/** How many minor-unit digits a currency shows (2 for RUB, 0 for IRR). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** An amount typed in major units ("1 234,50", "۱۲۳۴٫۵") as minor units; null when it is not a positive amount. */
export function toMinorUnits(typed: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const text = toLatinDigits(typed)
    .replace(/[\s\u00a0\u202f'’]/g, '')
    .replace(/[٫,]/g, '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) && minor > 0 ? minor : null;
}

/** Minor units as a plain major-unit number for an input ("1234.5" for 123450 kopecks). */
export function toMajorInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits);
}
