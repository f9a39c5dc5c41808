// What a client sees of an error: a stable code, a message in its language, input issues —
// never a stack trace or an internal message. Unexpected errors are logged and become INTERNAL.
import { unwrapResolverError } from '@apollo/server/errors';
import type { Locale } from '@citydesk/domain';
import { createTranslator, formatDateTime, formatMoney } from '@citydesk/i18n';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isErrorCode, type ErrorCode } from '@citydesk/domain';
import { AppError } from '../errors.ts';
import { isDatabaseUnavailable, isInvalidDatabaseInput } from '../infra/db/database-errors.ts';
import type { Logger } from '../logger.ts';

/** Classifies an error: expected ones keep their code, GraphQL's own (syntax, validation) pass as they are. */
export function toClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.code,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.details.issues ? { issues: original.details.issues } : {}),
        ...(original.details.params ? { params: original.details.params } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // Parse and validation errors name only the client's own query; they are safe to return.
  if (
    typeof code === 'string' &&
    /^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|BAD_REQUEST|PERSISTED_QUERY_NOT_FOUND|OPERATION_RESOLUTION_FAILURE)$/.test(
      code,
    )
  )
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  if (error instanceof GraphQLError && !error.originalError && !formatted.path)
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  // The database away, or refusing a value the client sent (a malformed id, a NUL byte): nothing changed.
  if (isDatabaseUnavailable(original)) {
    log.warn({ err: original }, 'database unavailable');
    return { message: 'UNAVAILABLE', path: formatted.path, extensions: { code: 'UNAVAILABLE' } };
  }
  if (isInvalidDatabaseInput(original))
    return { message: 'INVALID_INPUT', path: formatted.path, extensions: { code: 'INVALID_INPUT' } };
  log.error({ err: original }, 'unexpected error');
  return { message: 'INTERNAL', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/**
 * Replaces the message of our own error codes with the translation for `locale`. A `context` parameter
 * picks a variant (`errors.<CODE>_<context>`); parameters named `…At` are instants (ISO strings), shown
 * as a date and time in `locale` and the `timeZone` parameter's zone.
 */
export function translateError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (!isErrorCode(code)) return error;
  const params = (error.extensions?.params ?? {}) as Record<string, string | number>;
  return { ...error, message: messageOf(code, params, locale) };
}

/** The message of an error code in `locale`, its parameters formatted for the reader. */
export function messageOf(code: ErrorCode, params: Record<string, string | number>, locale: Locale): string {
  const shown = { ...params };
  const timeZone = typeof shown.timeZone === 'string' ? shown.timeZone : undefined;
  for (const [name, value] of Object.entries(shown))
    if (name.endsWith('At') && typeof value === 'string')
      shown[name] = formatDateTime(value, locale, timeZone ? { timeZone } : {});
  return createTranslator(locale).t(`errors.${code}`, moneyParams(shown, locale));
}

/** An amount sent as `amountMinor` + `currency` is filled in as `amount`, formatted for the reader. */
export function moneyParams(params: Record<string, string | number>, locale: Locale) {
  const { amountMinor, currency } = params;
  return typeof amountMinor === 'number' && typeof currency === 'string'
    ? { ...params, amount: formatMoney(amountMinor, currency, locale) }
    : params;
}
