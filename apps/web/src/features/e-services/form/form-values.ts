// What the wizard keeps between steps: the raw input of every field (strings and ticked boxes, as typed),
// validated and normalised by the domain's answers schema per step and once more, whole, before sending.
import type { AnswerValue, Answers, FormField, FormStep, ServiceSpec } from '@citydesk/domain';
import { formatNumber, localeTag, type Locale } from '@citydesk/i18n';

/** One field's raw input: text for inputs and selects, a boolean for checkboxes. */
export type FormValues = Record<string, string | boolean>;

/** Values the applicant's profile can fill in for them. */
export interface Prefill {
  email?: string;
  phone?: string;
  displayName?: string;
}

function rawOf(field: FormField, value: AnswerValue | undefined): string | boolean {
  if (field.type === 'checkbox') return value === true;
  if (value === undefined || typeof value === 'boolean') return '';
  return String(value);
}

/** Every field's starting input: a saved answer, else the profile's value, else blank. */
export function initialValues(
  steps: readonly FormStep[],
  initial: Partial<Answers>,
  prefill: Prefill,
): FormValues {
  const values: FormValues = {};
  for (const field of steps.flatMap((s) => s.fields)) {
    const saved = initial[field.name];
    const fromProfile = field.prefill ? prefill[field.prefill] : undefined;
    values[field.name] = rawOf(field, saved ?? fromProfile);
  }
  return values;
}

/** The raw input of one step's fields. */
export function stepValues(step: FormStep, values: FormValues): FormValues {
  return Object.fromEntries(
    step.fields.map((f) => [f.name, values[f.name] ?? (f.type === 'checkbox' ? false : '')]),
  );
}

/** Where a server issue belongs: an answer (`input.answers.email`), a document (`documents.deed`), or neither. */
export function placeIssue(
  path: string,
  spec: ServiceSpec,
): { answer: string } | { document: string } | null {
  const parts = path.split('.');
  const names = new Set(spec.steps.flatMap((s) => s.fields.map((f) => f.name)));
  const a = parts.indexOf('answers');
  const name = a >= 0 ? parts[a + 1] : undefined;
  if (name !== undefined && names.has(name)) return { answer: name };
  const d = parts.indexOf('documents');
  const kind = d >= 0 ? parts[d + 1] : undefined;
  if (kind !== undefined) {
    const byIndex = /^\d+$/.test(kind) ? spec.documents[Number(kind)]?.kind : undefined;
    const found = byIndex ?? spec.documents.find((doc) => doc.kind === kind)?.kind;
    if (found) return { document: found };
  }
  return null;
}

/** A file size limit, e.g. "5 MB", "500 kB", "۵ مگابایت". */
export function formatBytes(bytes: number, locale: Locale): string {
  const mb = bytes >= 1024 * 1024;
  return formatNumber(mb ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)), locale, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** Accepted file types as the user knows them: "PDF, JPEG, PNG". */
export function formatFileTypes(accept: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(localeTag(locale), { style: 'narrow', type: 'unit' }).format(
    accept.map((type) => typeNames[type] ?? type),
  );
}
