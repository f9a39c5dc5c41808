// The request's Idempotency-Key as a creating resolver takes it: one key names one creation, so a second
// creating field in the same request may not take it again (it would silently return the first's result).
import { invalidInput } from '../errors.ts';
import type { IdempotencyKey } from '../services/idempotency/run-idempotently.ts';
import type { GraphQLContext } from './context.ts';

export interface RequestIdempotency {
  key: IdempotencyKey;
  taken: boolean;
}

export function takeIdempotencyKey(ctx: GraphQLContext): IdempotencyKey | null {
  const held = ctx.idempotency;
  if (!held) return null;
  if (held.taken) throw invalidInput([{ field: 'Idempotency-Key', code: 'idempotency_key_repeated' }]);
  held.taken = true;
  return held.key;
}
