// The work order's words in every language, from the i18n catalogue (`documents.workOrder.<key>`).
// Placeholders use the catalogue's i18next syntax, {{name}}.
import { locales, messages, type Locale } from '@citydesk/i18n';

export interface WorkOrderLabels {
  /** Document title, printed large. */
  title: string;
  /** Second line of the title. */
  subtitle: string;
  /** The work order's number under the title. */
  number: string;
  issuedAt: string;
  requestNumber: string;
  workOrderNumber: string;
  address: string;
  /** Street and house. */
  addressLine: string;
  apartment: string;
  nonResidential: string;
  commonArea: string;
  resident: string;
  phone: string;
  category: string;
  deadline: string;
  contractor: string;
  worker: string;
  managementCompany: string;
  description: string;
  workPerformed: string;
  residentSignature: string;
  workerSignature: string;
  /** Captions under the signature lines. */
  signature: string;
  date: string;
  fullName: string;
  qrCaption: string;
  priorityHigh: string;
  priorityEmergency: string;
  /** Heading of a continuation page. */
  continued: string;
  printed: string;
  page: string;
}

/** The labels come from the i18n catalogue (`documents.workOrder.*`), like every other text. */
export const workOrderLabels = Object.fromEntries(
  locales.map((locale) => [locale, messages[locale].documents.workOrder]),
) as Record<Locale, WorkOrderLabels>;

/** Fills `{{name}}` placeholders, each value isolated so it keeps its own direction. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? isolate(params[name]!) : whole,
  );
}

/** Wraps text in a first-strong bidi isolate (FSI…PDI). */
export const isolate = (text: string) => `\u2068${text}\u2069`;
