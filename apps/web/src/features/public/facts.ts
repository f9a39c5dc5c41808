import { factValueSchema } from '@citydesk/domain';
import { formatDate, formatMoney, formatNumber, type Locale } from '@citydesk/i18n';

/**
 * A document fact's value as the reader's language writes it: dates in its calendar, numbers and money with its
 * digits and separators, localized text in its language (English when that one is blank). Unknown shapes read as
 * an empty string rather than breaking the page.
 */
export function formatFactValue(value: unknown, locale: Locale): string {
  const parsed = factValueSchema.safeParse(value);
  if (!parsed.success) return '';
  const fact = parsed.data;
  if ('text' in fact) return fact.text;
  if ('localized' in fact) {
    const text = fact.localized[locale];
    return text && text.trim() ? text : fact.localized.en;
  }
  if ('date' in fact) return formatDate(`${fact.date}T00:00:00Z`, locale, { timeZone: 'UTC' });
  if ('number' in fact) return formatNumber(fact.number, locale);
  return formatMoney(fact.money.amount, fact.money.currency, locale);
}
