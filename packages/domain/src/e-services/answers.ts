// The applicant's answers are checked by one schema built from the service's form definition: the web
// form (react-hook-form's zod resolver, one step at a time) and the API (the whole form) use the same one.
// Every check's message is a stable issue code, so the web and the API translate it the same way.
import { z } from 'zod';
import type { IssueCode, ValidationIssue, ValidationResult } from '../issues.ts';
import { normalizePhone } from '../phone.ts';
import { parseLocalDate } from '../sla/local-date.ts';
import { codePointLength } from '../text.ts';
import type { FormField, FormStep } from './definition.ts';

/** One answer: text, a number, or a ticked box. Dates are local `YYYY-MM-DD` text. */
export type AnswerValue = string | number | boolean;
export type Answers = Record<string, AnswerValue>;

const code = (c: IssueCode) => ({ error: c });

/** Empty text (what an untouched input gives) counts as "not answered". */
function blankToUndefined(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

function textSchema(field: FormField): z.ZodType<string> {
  // Undefined never gets here (see fieldSchema), so a non-string is a wrong type, not a missing answer.
  let schema: z.ZodType<string> = z.string(code('invalid_format')).trim();
  if (field.minLength !== undefined) {
    const min = field.minLength;
    schema = schema.refine((v) => codePointLength(v) >= min, code('too_short'));
  }
  const max = field.maxLength ?? (field.type === 'textarea' ? 4000 : 200);
  schema = schema.refine((v) => codePointLength(v) <= max, code('too_long'));
  if (field.pattern !== undefined) {
    const pattern = new RegExp(`^(?:${field.pattern})$`, 'u');
    schema = schema.refine((v) => pattern.test(v), code('invalid_format'));
  }
  return schema;
}

// A number as people type it: optional sign, digits, an optional fraction after a point or a comma.
const decimalText = /^[+-]?\d+(?:[.,]\d+)?$/;

/** Text to a number; NaN (→ invalid_number) for anything else, which `Number()` would read: `0x10`, `1e3`. */
function parseDecimalText(value: string): number {
  const text = value.trim();
  return decimalText.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
}

function numberSchema(field: FormField): z.ZodType<number> {
  const parsed = z.preprocess(
    (v) => (typeof v === 'string' ? parseDecimalText(v) : v),
    z.number(code('invalid_number')).refine(Number.isFinite, code('invalid_number')),
  );
  let schema: z.ZodType<number> = parsed;
  if (field.type === 'integer') schema = schema.refine(Number.isInteger, code('invalid_number'));
  if (field.min !== undefined) {
    const min = field.min;
    schema = schema.refine((v) => v >= min, code('too_small'));
  }
  if (field.max !== undefined) {
    const max = field.max;
    schema = schema.refine((v) => v <= max, code('too_large'));
  }
  return schema;
}

function isLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The schema of one field's answer, before "required" is applied. */
function valueSchema(field: FormField): z.ZodType<AnswerValue> {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return textSchema(field);
    case 'integer':
    case 'decimal':
      return numberSchema(field);
    case 'email':
      return z
        .string(code('invalid_email'))
        .trim()
        .toLowerCase()
        .pipe(z.email(code('invalid_email')));
    case 'phone':
      return z
        .string(code('invalid_phone'))
        .refine((v) => normalizePhone(v) !== null, code('invalid_phone'))
        .transform((v) => normalizePhone(v) as string);
    case 'date':
      return z.string(code('invalid_date')).trim().refine(isLocalDate, code('invalid_date'));
    case 'select':
      return z.enum(
        (field.options ?? []).map((o) => o.value) as [string, ...string[]],
        code('invalid_choice'),
      );
    case 'checkbox':
      return z.boolean(code('invalid_choice'));
  }
}

function fieldSchema(field: FormField): z.ZodType<AnswerValue | undefined> {
  const value = valueSchema(field);
  if (field.type === 'checkbox') {
    // A required box is a consent: it must be ticked. An optional one defaults to unticked.
    const box = z.preprocess((v) => v ?? false, value);
    return field.required ? box.refine((v) => v === true, code('must_accept')) : box;
  }
  const present = z.preprocess(blankToUndefined, field.required ? value : value.optional());
  return field.required
    ? z
        .preprocess(
          blankToUndefined,
          z.any().refine((v) => v !== undefined, code('required')),
        )
        .pipe(present)
    : present;
}

/** The schema of the answers to some steps (all of them by default); unknown keys are dropped. */
export function answersSchema(steps: readonly FormStep[]): z.ZodType<Answers> {
  const shape: Record<string, z.ZodType<AnswerValue | undefined>> = {};
  for (const field of steps.flatMap((s) => s.fields)) shape[field.name] = fieldSchema(field);
  return z.object(shape) as unknown as z.ZodType<Answers>;
}

/**
 * Validates and normalises a whole application's answers (trimmed text, numbers parsed, phones normalised,
 * unanswered optional fields left out). Reports every issue with the field's name and a stable code.
 */
export function validateAnswers(steps: readonly FormStep[], answers: unknown): ValidationResult<Answers> {
  const result = answersSchema(steps).safeParse(answers ?? {});
  if (result.success) {
    const value = Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined));
    return { ok: true, value };
  }
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || 'answers',
    code: toIssueCode(issue.message),
  }));
  return { ok: false, issues };
}

const knownCodes = new Set<string>([
  'required',
  'too_short',
  'too_long',
  'invalid_phone',
  'invalid_choice',
  'invalid_email',
  'invalid_number',
  'invalid_date',
  'invalid_format',
  'too_small',
  'too_large',
  'must_accept',
]);

function toIssueCode(message: string): IssueCode {
  return (knownCodes.has(message) ? message : 'invalid_format') as IssueCode;
}
