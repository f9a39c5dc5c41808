// The issued document's words in every language, from the i18n catalogue (`documents.certificate.<key>`).
import { locales, messages, type Locale } from '@citydesk/i18n';

export type CertificateLabels = (typeof messages)[Locale]['documents']['certificate'];

export const certificateLabels = Object.fromEntries(
  locales.map((locale) => [locale, messages[locale].documents.certificate]),
) as Record<Locale, CertificateLabels>;
