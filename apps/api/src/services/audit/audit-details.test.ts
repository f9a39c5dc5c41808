import { describe, expect, it } from 'vitest';
import { changedFields, withoutSecrets } from './audit-details.ts';

describe('withoutSecrets', () => {
  it('drops secret keys at any depth, in any letter case', () => {
    expect(
      withoutSecrets({
        login: 'a@b.c',
        password: 'hunter22',
        nested: { NewPassword: 'x', keep: 1, list: [{ token: 't', id: 2 }] },
      }),
    ).toEqual({ login: 'a@b.c', nested: { keep: 1, list: [{ id: 2 }] } });
  });

  it('writes dates as ISO strings and leaves undefined out', () => {
    expect(withoutSecrets({ at: new Date('2026-01-02T03:04:05Z'), gone: undefined, none: null })).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      none: null,
    });
  });
});

describe('changedFields', () => {
  it('keeps only the fields whose values changed, with both values', () => {
    expect(changedFields({ fromDay: 15, toDay: 25, multiple: 3 }, { fromDay: 10, toDay: 25 })).toEqual({
      before: { fromDay: 15 },
      after: { fromDay: 10 },
    });
  });

  it('compares lists and objects by value, and a missing before as null', () => {
    expect(changedFields({ days: ['2026-01-01'] }, { days: ['2026-01-01'] })).toEqual({
      before: {},
      after: {},
    });
    expect(changedFields(null, { days: ['2026-01-01'] })).toEqual({
      before: { days: null },
      after: { days: ['2026-01-01'] },
    });
  });
});
