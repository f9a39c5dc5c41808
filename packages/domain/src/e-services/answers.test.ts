import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { answersSchema, validateAnswers } from './answers.ts';
import type { FormField, FormStep } from './definition.ts';
import { formFieldSchema } from './definition.ts';

const text = { az: 'x', fa: 'x', ru: 'x', kk: 'x', en: 'x' };
type FieldInput = Omit<z.input<typeof formFieldSchema>, 'label'>;
// Through the schema, so defaults (required, onCertificate…) are filled in as for a stored definition.
const field = (props: FieldInput): FormField => formFieldSchema.parse({ label: text, ...props });
const step = (...fields: FormField[]): FormStep[] => [{ id: 'main', title: text, fields }];
const one = (props: Omit<FieldInput, 'name'>) => step(field({ name: 'a', ...props }));
const ok = (value: Record<string, unknown>) => ({ ok: true, value });
const fails = (...issues: Array<[string, string]>) => ({
  ok: false,
  issues: issues.map(([f, code]) => ({ field: f, code })),
});

describe('validateAnswers — required and optional', () => {
  it.each(['text', 'textarea', 'integer', 'decimal', 'email', 'phone', 'date', 'select'] as const)(
    'a required %s field must be answered: absent, null, empty or blank',
    (type) => {
      const steps = one({ type, required: true, options: [{ value: 'x', label: text }] });
      for (const value of [undefined, null, '', '   ', '\n\t'])
        expect(validateAnswers(steps, { a: value }), JSON.stringify(value)).toEqual(fails(['a', 'required']));
      expect(validateAnswers(steps, {})).toEqual(fails(['a', 'required']));
    },
  );

  it.each(['text', 'textarea', 'integer', 'decimal', 'email', 'phone', 'date', 'select'] as const)(
    'an unanswered optional %s field is left out of the value',
    (type) => {
      const steps = one({ type, options: [{ value: 'x', label: text }] });
      for (const value of [undefined, null, '', '   '])
        expect(validateAnswers(steps, { a: value })).toEqual(ok({}));
      expect(validateAnswers(steps, {})).toEqual(ok({}));
    },
  );

  it('treats missing answers as an empty object', () => {
    const steps = one({ type: 'text', required: true });
    expect(validateAnswers(steps, undefined)).toEqual(fails(['a', 'required']));
    expect(validateAnswers(steps, null)).toEqual(fails(['a', 'required']));
    expect(validateAnswers(one({ type: 'text' }), undefined)).toEqual(ok({}));
  });

  it('reports answers that are not an object under "answers"', () => {
    expect(validateAnswers(one({ type: 'text' }), 'text')).toEqual(fails(['answers', 'invalid_format']));
    expect(validateAnswers(one({ type: 'text' }), [1])).toEqual(fails(['answers', 'invalid_format']));
  });

  it('drops answers to questions the form does not ask', () => {
    expect(validateAnswers(one({ type: 'text' }), { a: 'x', extra: 'y', __proto__x: 1 })).toEqual(
      ok({ a: 'x' }),
    );
  });

  it('reports every issue, in field order, not just the first', () => {
    const steps: FormStep[] = [
      { id: 'one', title: text, fields: [field({ name: 'name', type: 'text', required: true })] },
      {
        id: 'two',
        title: text,
        fields: [
          field({ name: 'count', type: 'integer', required: true }),
          field({ name: 'mail', type: 'email' }),
        ],
      },
    ];
    expect(validateAnswers(steps, { count: 'many', mail: 'nope' })).toEqual(
      fails(['name', 'required'], ['count', 'invalid_number'], ['mail', 'invalid_email']),
    );
  });
});

describe('validateAnswers — text and textarea', () => {
  it('trims the answer', () => {
    expect(validateAnswers(one({ type: 'text' }), { a: '  Nizami küç. 5  ' })).toEqual(
      ok({ a: 'Nizami küç. 5' }),
    );
  });

  it('checks minLength and maxLength in code points after trimming', () => {
    const steps = one({ type: 'text', minLength: 3, maxLength: 5 });
    expect(validateAnswers(steps, { a: ' ab ' })).toEqual(fails(['a', 'too_short']));
    expect(validateAnswers(steps, { a: ' abc ' })).toEqual(ok({ a: 'abc' }));
    expect(validateAnswers(steps, { a: '😀😀😀😀😀' })).toEqual(ok({ a: '😀😀😀😀😀' }));
    expect(validateAnswers(steps, { a: 'abcdef' })).toEqual(fails(['a', 'too_long']));
  });

  it('limits text to 200 and textarea to 4000 characters by default', () => {
    expect(validateAnswers(one({ type: 'text' }), { a: 'x'.repeat(200) }).ok).toBe(true);
    expect(validateAnswers(one({ type: 'text' }), { a: 'x'.repeat(201) })).toEqual(fails(['a', 'too_long']));
    expect(validateAnswers(one({ type: 'textarea' }), { a: 'x'.repeat(4000) }).ok).toBe(true);
    expect(validateAnswers(one({ type: 'textarea' }), { a: 'x'.repeat(4001) })).toEqual(
      fails(['a', 'too_long']),
    );
    expect(validateAnswers(one({ type: 'textarea', maxLength: 10 }), { a: 'x'.repeat(11) })).toEqual(
      fails(['a', 'too_long']),
    );
  });

  it('matches the whole trimmed value against the pattern', () => {
    const steps = one({ type: 'text', pattern: '[0-9]{7}' });
    expect(validateAnswers(steps, { a: ' 1234567 ' })).toEqual(ok({ a: '1234567' }));
    expect(validateAnswers(steps, { a: '12345678' })).toEqual(fails(['a', 'invalid_format']));
    expect(validateAnswers(steps, { a: 'x1234567' })).toEqual(fails(['a', 'invalid_format']));
    // An alternation is anchored as a whole.
    const either = one({ type: 'text', pattern: 'AZ|KZ' });
    expect(validateAnswers(either, { a: 'AZ' }).ok).toBe(true);
    expect(validateAnswers(either, { a: 'AZX' })).toEqual(fails(['a', 'invalid_format']));
  });

  it('refuses a value that is not text', () => {
    expect(validateAnswers(one({ type: 'text' }), { a: 5 })).toEqual(fails(['a', 'invalid_format']));
    expect(validateAnswers(one({ type: 'text', required: true }), { a: true })).toEqual(
      fails(['a', 'invalid_format']),
    );
  });
});

describe('validateAnswers — integer and decimal', () => {
  it.each([
    [7, 7],
    ['7', 7],
    [' 7 ', 7],
    ['-3', -3],
    ['+3', 3],
    ['7.0', 7],
    [0, 0],
    ['0', 0],
  ] as const)('an integer field reads %j as %d', (input, expected) => {
    expect(validateAnswers(one({ type: 'integer' }), { a: input })).toEqual(ok({ a: expected }));
  });

  it.each([
    ['1,5', 1.5],
    ['1.25', 1.25],
    [' 0,75 ', 0.75],
    [2.5, 2.5],
    ['-0,5', -0.5],
  ] as const)('a decimal field reads %j as %d', (input, expected) => {
    expect(validateAnswers(one({ type: 'decimal' }), { a: input })).toEqual(ok({ a: expected }));
  });

  it.each(['abc', '1.2.3', '1,2,3', '1 000', '0x10', '1e3', 'Infinity', 'NaN', '.5', '5.', true, Number.NaN])(
    'refuses %j as a number',
    (input) => {
      expect(validateAnswers(one({ type: 'decimal' }), { a: input })).toEqual(fails(['a', 'invalid_number']));
    },
  );

  it('refuses a fraction in an integer field', () => {
    expect(validateAnswers(one({ type: 'integer' }), { a: 2.5 })).toEqual(fails(['a', 'invalid_number']));
    expect(validateAnswers(one({ type: 'integer' }), { a: '2,5' })).toEqual(fails(['a', 'invalid_number']));
  });

  it('checks min and max, inclusive', () => {
    const steps = one({ type: 'integer', min: 1, max: 20 });
    expect(validateAnswers(steps, { a: '1' })).toEqual(ok({ a: 1 }));
    expect(validateAnswers(steps, { a: '20' })).toEqual(ok({ a: 20 }));
    expect(validateAnswers(steps, { a: '0' })).toEqual(fails(['a', 'too_small']));
    expect(validateAnswers(steps, { a: 21 })).toEqual(fails(['a', 'too_large']));
    const decimal = one({ type: 'decimal', min: 0.5, max: 1.5 });
    expect(validateAnswers(decimal, { a: '0,4' })).toEqual(fails(['a', 'too_small']));
    expect(validateAnswers(decimal, { a: '1,5' })).toEqual(ok({ a: 1.5 }));
  });

  it('keeps a zero answer to a required field', () => {
    expect(validateAnswers(one({ type: 'integer', required: true }), { a: 0 })).toEqual(ok({ a: 0 }));
  });
});

describe('validateAnswers — email', () => {
  it('trims and lower-cases the address', () => {
    expect(validateAnswers(one({ type: 'email' }), { a: '  Aida.Aliyeva@Mail.AZ ' })).toEqual(
      ok({ a: 'aida.aliyeva@mail.az' }),
    );
  });

  it.each(['aida', 'aida@', '@mail.az', 'aida@mail', 'a b@mail.az', 5])('refuses %j', (input) => {
    expect(validateAnswers(one({ type: 'email' }), { a: input })).toEqual(fails(['a', 'invalid_email']));
  });
});

describe('validateAnswers — phone', () => {
  it.each([
    ['+7 (916) 123-45-67', '+79161234567'],
    ['8 916 123 45 67', '+79161234567'],
    ['+994 50 123 45 67', '+994501234567'],
    ['+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹', '+989123456789'],
  ])('normalises %j to %s', (input, expected) => {
    expect(validateAnswers(one({ type: 'phone' }), { a: input })).toEqual(ok({ a: expected }));
  });

  it.each(['123', '9161234567', '+0 916 123 45 67', 'call me', 79161234567])('refuses %j', (input) => {
    expect(validateAnswers(one({ type: 'phone' }), { a: input })).toEqual(fails(['a', 'invalid_phone']));
  });
});

describe('validateAnswers — date', () => {
  it('accepts a real local date, trimmed', () => {
    expect(validateAnswers(one({ type: 'date' }), { a: ' 2028-02-29 ' })).toEqual(ok({ a: '2028-02-29' }));
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '16.04.2026',
    '2026-4-16',
    '2026-04-16T10:00',
    20260416,
  ])('refuses %j', (input) => {
    expect(validateAnswers(one({ type: 'date' }), { a: input })).toEqual(fails(['a', 'invalid_date']));
  });
});

describe('validateAnswers — select', () => {
  const steps = one({
    type: 'select',
    options: [
      { value: 'own', label: text },
      { value: 'rent', label: text },
    ],
  });

  it('accepts one of the options', () => {
    expect(validateAnswers(steps, { a: 'rent' })).toEqual(ok({ a: 'rent' }));
  });

  it.each(['RENT', 'other', 5, true])('refuses %j', (input) => {
    expect(validateAnswers(steps, { a: input })).toEqual(fails(['a', 'invalid_choice']));
  });
});

describe('validateAnswers — checkbox', () => {
  it('a required box is a consent and must be ticked', () => {
    const steps = one({ type: 'checkbox', required: true });
    expect(validateAnswers(steps, { a: true })).toEqual(ok({ a: true }));
    for (const value of [false, undefined, null])
      expect(validateAnswers(steps, { a: value }), String(value)).toEqual(fails(['a', 'must_accept']));
    expect(validateAnswers(steps, {})).toEqual(fails(['a', 'must_accept']));
  });

  it('an optional box defaults to unticked', () => {
    const steps = one({ type: 'checkbox' });
    expect(validateAnswers(steps, {})).toEqual(ok({ a: false }));
    expect(validateAnswers(steps, { a: null })).toEqual(ok({ a: false }));
    expect(validateAnswers(steps, { a: false })).toEqual(ok({ a: false }));
    expect(validateAnswers(steps, { a: true })).toEqual(ok({ a: true }));
  });

  it.each(['true', 'yes', 1])('refuses %j as a tick', (input) => {
    expect(validateAnswers(one({ type: 'checkbox' }), { a: input })).toEqual(fails(['a', 'invalid_choice']));
    expect(validateAnswers(one({ type: 'checkbox', required: true }), { a: input })).toEqual(
      fails(['a', 'invalid_choice']),
    );
  });
});

describe('answersSchema', () => {
  const steps: FormStep[] = [
    { id: 'one', title: text, fields: [field({ name: 'size', type: 'integer', required: true, min: 1 })] },
    { id: 'two', title: text, fields: [field({ name: 'mail', type: 'email', required: true })] },
  ];

  it('checks only the steps it is given, for the web form one step at a time', () => {
    const first = answersSchema(steps.slice(0, 1));
    expect(first.safeParse({ size: '3' })).toMatchObject({ success: true, data: { size: 3 } });
    expect(first.safeParse({ size: '0' }).error?.issues).toMatchObject([
      { path: ['size'], message: 'too_small' },
    ]);
  });

  it('checks every step by default, with issue codes as messages', () => {
    const all = answersSchema(steps);
    const result = all.safeParse({ size: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['mail'], message: 'required' }]);
    expect(all.safeParse({ size: 2, mail: 'A@B.AZ' })).toMatchObject({
      success: true,
      data: { size: 2, mail: 'a@b.az' },
    });
  });
});
