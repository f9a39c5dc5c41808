// GraphQL answers with 200 whatever a resolver refused; the Idempotency-Key refusals are HTTP's own
// (draft-ietf-httpapi-idempotency-key-header): a key reused for another body is 422, a key whose first
// request is still running is 409 with Retry-After. This plugin gives the response that status.
import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, type ErrorCode } from '../errors.ts';
import { httpStatusOf, retryAfterOf } from './json-errors.ts';

const protocolCodes: readonly ErrorCode[] = ['IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_IN_USE'];

export const idempotencyStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
        const code = protocolCodes.find((c) => codes.includes(c));
        if (!code) return;
        response.http.status = httpStatusOf(new AppError(code));
        const retryAfter = retryAfterOf(code);
        if (retryAfter !== null) response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  },
};
