import { describe, expect, it } from 'vitest';
import type { ServiceSpecInput } from './definition.ts';
import {
  feeSchema,
  formFieldSchema,
  localizedTextSchema,
  parseServiceSpec,
  serviceSpecSchema,
} from './definition.ts';

const text = { az: 'Arayış', fa: 'استعلام', ru: 'Справка', kk: 'Анықтама', en: 'Certificate' };

function spec(overrides: Partial<ServiceSpecInput> = {}): ServiceSpecInput {
  return {
    summary: text,
    whatHappensNext: text,
    subject: 'PREMISES',
    steps: [
      {
        id: 'applicant',
        title: text,
        fields: [
          { name: 'subscriberCode', type: 'text', label: text, required: true, pattern: '[0-9]{7}' },
          { name: 'email', type: 'email', label: text, prefill: 'email' },
        ],
      },
      {
        id: 'purpose',
        title: text,
        fields: [{ name: 'purpose', type: 'select', label: text, options: [{ value: 'bank', label: text }] }],
      },
    ],
    documents: [
      {
        kind: 'idCard',
        label: text,
        required: true,
        accept: ['application/pdf', 'image/jpeg'],
        maxBytes: 5_000_000,
        maxFiles: 2,
      },
    ],
    fee: { kind: 'FREE' },
    signing: 'NONE',
    outcome: 'CERTIFICATE',
    refusalGrounds: [{ code: 'debtExists', label: text }],
    ...overrides,
  };
}

const messages = (value: unknown) =>
  serviceSpecSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('serviceSpecSchema', () => {
  it('accepts a complete definition and fills in the defaults', () => {
    const parsed = serviceSpecSchema.parse(spec());
    expect(parsed.taskKinds).toEqual([]);
    expect(parsed.districtRollout).toBe(false);
    expect(parsed.steps[0]?.fields[1]?.required).toBe(false);
    expect(parsed.steps[0]?.fields[0]?.required).toBe(true);
  });

  it('rejects a text missing one of the five locales', () => {
    const { kk: _kk, ...withoutKazakh } = text;
    expect(serviceSpecSchema.safeParse(spec({ summary: withoutKazakh as typeof text })).success).toBe(false);
    const steps = spec().steps.map((s) => ({ ...s, title: withoutKazakh as typeof text }));
    expect(serviceSpecSchema.safeParse(spec({ steps })).success).toBe(false);
    expect(
      serviceSpecSchema.safeParse(
        spec({ refusalGrounds: [{ code: 'x', label: withoutKazakh as typeof text }] }),
      ).success,
    ).toBe(false);
  });

  it('rejects a blank translation', () => {
    expect(serviceSpecSchema.safeParse(spec({ summary: { ...text, fa: '   ' } })).success).toBe(false);
  });

  it('rejects a field name used twice, even in different steps', () => {
    const [first, second] = spec().steps;
    if (!first || !second) throw new Error('fixture');
    const clash = { ...second, fields: [{ name: 'email', type: 'email' as const, label: text }] };
    expect(messages(spec({ steps: [first, clash] }))).toEqual(['duplicate field name email']);
    const sameStep = {
      ...first,
      fields: [...first.fields, { name: 'subscriberCode', type: 'text' as const, label: text }],
    };
    expect(messages(spec({ steps: [sameStep] }))).toEqual(['duplicate field name subscriberCode']);
  });

  it('rejects a select without options', () => {
    const noOptions = {
      id: 'purpose',
      title: text,
      fields: [{ name: 'purpose', type: 'select' as const, label: text }],
    };
    expect(messages(spec({ steps: [noOptions] }))).toEqual(['select field purpose has no options']);
    const emptyOptions = { ...noOptions, fields: [{ ...noOptions.fields[0]!, options: [] }] };
    expect(messages(spec({ steps: [emptyOptions] }))).toEqual(['select field purpose has no options']);
  });

  it('rejects a definition without steps, fields or refusal grounds', () => {
    expect(serviceSpecSchema.safeParse(spec({ steps: [] })).success).toBe(false);
    expect(
      serviceSpecSchema.safeParse(spec({ steps: [{ id: 'empty', title: text, fields: [] }] })).success,
    ).toBe(false);
    expect(serviceSpecSchema.safeParse(spec({ refusalGrounds: [] })).success).toBe(false);
  });

  it('rejects field names that are not camelCase identifiers', () => {
    for (const name of ['Subscriber', 'subscriber_code', '1code', '', 'a'.repeat(41)]) {
      const steps = [{ id: 'one', title: text, fields: [{ name, type: 'text' as const, label: text }] }];
      expect(serviceSpecSchema.safeParse(spec({ steps })).success, name).toBe(false);
    }
  });

  it('rejects unknown field types, outcomes and document types', () => {
    const steps = [{ id: 'one', title: text, fields: [{ name: 'a', type: 'file', label: text }] }];
    expect(serviceSpecSchema.safeParse({ ...spec(), steps }).success).toBe(false);
    expect(serviceSpecSchema.safeParse({ ...spec(), outcome: 'LICENCE' }).success).toBe(false);
    const documents = [{ ...spec().documents[0], accept: ['image/gif'] }];
    expect(serviceSpecSchema.safeParse({ ...spec(), documents }).success).toBe(false);
  });
});

describe('feeSchema', () => {
  it('accepts free, fixed and assessed fees', () => {
    expect(feeSchema.parse({ kind: 'FREE' })).toEqual({ kind: 'FREE' });
    expect(feeSchema.parse({ kind: 'FIXED', amount: 150_00 })).toEqual({ kind: 'FIXED', amount: 150_00 });
    expect(feeSchema.parse({ kind: 'ASSESSED' })).toEqual({ kind: 'ASSESSED' });
  });

  it('requires a positive whole amount for a fixed fee', () => {
    for (const amount of [0, -1, 1.5, undefined])
      expect(feeSchema.safeParse({ kind: 'FIXED', amount }).success, String(amount)).toBe(false);
    expect(feeSchema.safeParse({ kind: 'DONATION' }).success).toBe(false);
  });
});

describe('formFieldSchema and localizedTextSchema', () => {
  it('trims translations', () => {
    expect(localizedTextSchema.parse({ ...text, en: '  Certificate ' }).en).toBe('Certificate');
  });

  it('requires positive whole length bounds', () => {
    const base = { name: 'a', type: 'text', label: text };
    expect(formFieldSchema.safeParse({ ...base, maxLength: 0 }).success).toBe(false);
    expect(formFieldSchema.safeParse({ ...base, minLength: 1.5 }).success).toBe(false);
    expect(formFieldSchema.safeParse({ ...base, minLength: 1, maxLength: 10 }).success).toBe(true);
  });
});

describe('parseServiceSpec', () => {
  it('returns the parsed definition', () => {
    expect(parseServiceSpec(spec()).outcome).toBe('CERTIFICATE');
  });

  it('throws on a definition that does not hold', () => {
    expect(() => parseServiceSpec({})).toThrow();
    expect(() => parseServiceSpec(spec({ refusalGrounds: [] }))).toThrow();
  });
});
