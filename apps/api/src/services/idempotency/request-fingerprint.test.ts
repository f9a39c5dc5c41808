import { describe, expect, it } from 'vitest';
import { requestFingerprint } from './run-idempotently.ts';

describe('requestFingerprint', () => {
  it('is the same for the same operation and input, whatever the order of the fields', () => {
    expect(requestFingerprint('fileRequest', { a: 1, b: ['x', 'y'] })).toBe(
      requestFingerprint('fileRequest', { b: ['x', 'y'], a: 1 }),
    );
    expect(requestFingerprint('fileRequest', { a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for another input or another operation', () => {
    const base = requestFingerprint('fileRequest', { a: 1 });
    expect(requestFingerprint('fileRequest', { a: 2 })).not.toBe(base);
    expect(requestFingerprint('fileRequest', { a: 1, b: null })).not.toBe(base);
    expect(requestFingerprint('submitApplication', { a: 1 })).not.toBe(base);
  });
});
