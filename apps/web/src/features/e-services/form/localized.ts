import type { Locale, LocalizedText } from '@citydesk/domain';

/** A service definition's text in the given language (English when that one is somehow blank). */
export function localized(text: LocalizedText, locale: Locale): string;
export function localized(text: LocalizedText | undefined, locale: Locale): string | undefined;
export function localized(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (!text) return undefined;
  const value = text[locale];
  return value && value.trim() ? value : text.en;
}
