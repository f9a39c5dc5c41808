import { describe, expect, it } from 'vitest';
import { idempotencyScopeOf, maxIdempotencyKeyLength, parseIdempotencyKey } from './idempotency-header.ts';

const refusal = {
  code: 'INVALID_INPUT',
  details: { issues: [{ field: 'Idempotency-Key', code: 'invalid_idempotency_key' }] },
};

describe('parseIdempotencyKey', () => {
  it('is null without the header', () => {
    expect(parseIdempotencyKey(undefined)).toBeNull();
  });

  it('takes a Structured Field String, unescaping it', () => {
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey(' "with space" ')).toBe('with space');
    expect(parseIdempotencyKey(String.raw`"say \"hi\" \\ bye"`)).toBe(String.raw`say "hi" \ bye`);
  });

  it('takes the bare value many clients send', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('k'.repeat(maxIdempotencyKeyLength))).toHaveLength(maxIdempotencyKeyLength);
  });

  it.each([
    ['empty', ''],
    ['only blanks', '   '],
    ['empty string', '""'],
    ['too long', 'k'.repeat(maxIdempotencyKeyLength + 1)],
    ['too long quoted', `"${'k'.repeat(maxIdempotencyKeyLength + 1)}"`],
    ['a bare value with a blank', 'two words'],
    ['repeated header lines', '"a", "b"'],
    ['a bare list', 'a,b'],
    ['an open string', '"open'],
    ['a bad escape', String.raw`"\q"`],
    ['not ASCII', 'clé'],
    ['a control character', 'a\u0007b'],
    ['a Structured Field Integer', '"a";x=1 2'],
  ])('refuses %s as INVALID_INPUT', (_name, header) => {
    expect(() => parseIdempotencyKey(header)).toThrow(expect.objectContaining(refusal));
  });

  it('refuses several header values', () => {
    expect(() => parseIdempotencyKey(['a', 'b'])).toThrow(expect.objectContaining(refusal));
  });
});

describe('idempotencyScopeOf', () => {
  it('scopes keys to the user, else to the session, else to nobody', () => {
    expect(idempotencyScopeOf({ userId: 'u-1' }, 'token')).toBe('user:u-1');
    const session = idempotencyScopeOf(null, 'token');
    expect(session).toMatch(/^session:[0-9a-f]{64}$/);
    expect(session).not.toContain('token');
    expect(idempotencyScopeOf(null, 'other token')).not.toBe(session);
    expect(idempotencyScopeOf(null, undefined)).toBeNull();
  });
});
