// One Idempotency-Key per form submission (draft-ietf-httpapi-idempotency-key-header): the API creates a
// request, an application or a checkout once per key, so a double click, an automatic retry after a
// dropped connection (apollo.ts) or sending the same form again after a lost answer is filed once. The key
// stays while the same content is sent and nothing went through; new content or a success starts a new
// submission with a fresh key (so the API never sees one key with two different bodies).
import { useMemo, useRef } from 'react';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export interface SubmissionKey {
  /** The operation context that sends this submission's key along with `variables`. */
  context(variables: unknown): { headers: Record<string, string> };
  /** The submission went through: whatever is sent next is a new one. */
  succeeded(): void;
}

export function useSubmissionKey(): SubmissionKey {
  const current = useRef<{ content: string; key: string } | null>(null);
  return useMemo(
    () => ({
      context(variables) {
        const content = JSON.stringify(variables) ?? '';
        if (current.current?.content !== content) current.current = { content, key: crypto.randomUUID() };
        // A Structured Field String, as the draft specifies the header.
        return { headers: { [IDEMPOTENCY_KEY_HEADER]: `"${current.current.key}"` } };
      },
      succeeded() {
        current.current = null;
      },
    }),
    [],
  );
}

/** Whether an operation carries an Idempotency-Key (so sending it again cannot create twice). */
export function carriesIdempotencyKey(context: Readonly<Record<string, unknown>>): boolean {
  const headers = context['headers'] as Record<string, string> | undefined;
  return Boolean(headers?.[IDEMPOTENCY_KEY_HEADER]);
}
