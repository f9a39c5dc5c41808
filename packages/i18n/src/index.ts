export {
  locales,
  defaultLocale,
  nativeLanguageNames,
  isLocale,
  isRtl,
  localeTag,
  matchLocale,
} from './locales.ts';
export type { Locale } from './locales.ts';
export { messages } from './messages/index.ts';
export type { Messages, MessageKey } from './messages/index.ts';
export {
  formatDate,
  formatDateTime,
  formatLocalDay,
  formatNumber,
  formatRelative,
  formatYear,
} from './format.ts';
export type { DateInput, FormatOptions, RelativeOptions } from './format.ts';
export { formatMoney } from './money.ts';
export { createTranslator, resources } from './translator.ts';
export type { Translator, TranslateParams } from './translator.ts';
