// Turns what Apollo reports into something to show: a stable code, a message in the user's language and,
// for INVALID_INPUT, the fields at fault. The API translates messages (x-citydesk-locale); the catalogue
// is the fallback when a message is missing or when the server could not be reached at all.
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { isErrorCode, type ErrorCode as ApiErrorCode } from '@citydesk/domain';
import { messages, type Messages } from '@citydesk/i18n';
import type { TFunction } from 'i18next';

/** The API's codes, plus NETWORK when the server could not be reached at all. */
export type ErrorCode = ApiErrorCode | 'NETWORK';

export interface InputIssue {
  field: string;
  code: string;
}

export interface DescribedError {
  code: ErrorCode;
  message: string;
  issues: InputIssue[];
  /** The code's parameters as the API sent them (e.g. READING_WINDOW_CLOSED's `from` and `to`). */
  params: Record<string, string | number>;
}

function readParams(value: unknown): Record<string, string | number> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string | number] =>
      ['string', 'number'].includes(typeof entry[1]),
    ),
  );
}

function readIssues(value: unknown): InputIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue: unknown) => {
    if (issue && typeof issue === 'object') {
      const { field, code } = issue as Record<string, unknown>;
      if (typeof field === 'string' && typeof code === 'string') return [{ field, code }];
    }
    return [];
  });
}

/** Whether a server message is real prose, not a bare code the server failed to translate. */
function isProse(message: string | undefined, code: string): message is string {
  return Boolean(message && message.trim() && message !== code && !/^[A-Z_]+$/.test(message));
}

export function describeError(error: unknown, t: TFunction): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const rawCode = first?.extensions?.['code'];
    const code: ErrorCode = isErrorCode(rawCode) ? rawCode : 'INTERNAL';
    const message =
      isErrorCode(rawCode) && isProse(first?.message, code) ? first.message : t(`errors.${code}`);
    return {
      code,
      message,
      issues: readIssues(first?.extensions?.['issues']),
      params: readParams(first?.extensions?.['params']),
    };
  }
  // The server answered, but not with GraphQL (a proxy error page, a crash).
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { code: 'INTERNAL', message: t('errors.INTERNAL'), issues: [], params: {} };
  }
  // fetch() rejected: offline, DNS, the API is down.
  return { code: 'NETWORK', message: t('errors.NETWORK'), issues: [], params: {} };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

// Every issue code the catalogue has a message for (`validation.<code>`).
const validationCodes = new Set<string>(Object.keys(messages.en.validation));

export type ValidationCode = keyof Messages['validation'];

/** The i18n key of a validation issue code; unknown codes read as a generic invalid input. */
export function validationMessage(code: string, t: TFunction): string {
  return validationCodes.has(code) ? t(`validation.${code as ValidationCode}`) : t('errors.INVALID_INPUT');
}

/** The message for a failed upload's code: a validation code, an API error code, or a generic failure. */
export function uploadErrorMessage(code: string, t: TFunction): string {
  if (validationCodes.has(code)) return t(`validation.${code as ValidationCode}`);
  if (code === 'NETWORK' || isErrorCode(code)) return t(`errors.${code as ErrorCode}`);
  return t('upload.failed');
}
