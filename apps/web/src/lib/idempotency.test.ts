import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { carriesIdempotencyKey, IDEMPOTENCY_KEY_HEADER, useSubmissionKey } from './idempotency.ts';

const keyOf = (context: { headers: Record<string, string> }) => context.headers[IDEMPOTENCY_KEY_HEADER]!;

describe('useSubmissionKey', () => {
  it('sends one quoted key while the same content is sent again', () => {
    const { result, rerender } = renderHook(() => useSubmissionKey());
    const first = keyOf(result.current.context({ input: { a: 1 } }));
    expect(first).toMatch(/^"[0-9a-f-]{36}"$/);
    rerender();
    expect(keyOf(result.current.context({ input: { a: 1 } }))).toBe(first);
  });

  it('starts a new submission with new content or after a success', () => {
    const { result } = renderHook(() => useSubmissionKey());
    const first = keyOf(result.current.context({ input: { a: 1 } }));
    const changed = keyOf(result.current.context({ input: { a: 2 } }));
    expect(changed).not.toBe(first);
    result.current.succeeded();
    expect(keyOf(result.current.context({ input: { a: 2 } }))).not.toBe(changed);
  });

  it('tells operations that carry a key', () => {
    expect(carriesIdempotencyKey({ headers: { [IDEMPOTENCY_KEY_HEADER]: '"k"' } })).toBe(true);
    expect(carriesIdempotencyKey({ headers: {} })).toBe(false);
    expect(carriesIdempotencyKey({})).toBe(false);
  });
});
