import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../app/i18n.ts';
import { describeError, hasErrorCode } from './errors.ts';

const t = createI18n('ru').t;
const graphqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('describeError', () => {
  it('keeps the message the server translated', () => {
    const error = graphqlError('Слишком много попыток; повторите через 5 мин.', { code: 'RATE_LIMITED' });
    expect(describeError(error, t)).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Слишком много попыток; повторите через 5 мин.',
    });
  });

  it('translates a bare code from the catalogue', () => {
    expect(describeError(graphqlError('NOT_ALLOWED', { code: 'NOT_ALLOWED' }), t).message).toBe(
      'У вас нет прав на это действие.',
    );
  });

  it('reads input issues', () => {
    const error = graphqlError('x', {
      code: 'INVALID_INPUT',
      issues: [{ field: 'description', code: 'too_short' }, { bad: 1 }],
    });
    expect(describeError(error, t).issues).toEqual([{ field: 'description', code: 'too_short' }]);
  });

  it('reads the code’s parameters, leaving out anything that is not text or a number', () => {
    const error = graphqlError('x', {
      code: 'READING_WINDOW_CLOSED',
      params: { from: 15, to: 25, nested: { a: 1 } },
    });
    expect(describeError(error, t).params).toEqual({ from: 15, to: 25 });
    expect(describeError(graphqlError('x', { code: 'NOT_ALLOWED' }), t).params).toEqual({});
  });

  it('treats an unknown code as internal and a failed fetch as no connection', () => {
    expect(describeError(graphqlError('boom', { code: 'WHATEVER' }), t).code).toBe('INTERNAL');
    expect(describeError(new TypeError('Failed to fetch'), t)).toMatchObject({
      code: 'NETWORK',
      message: 'Нет связи с сервером. Проверьте подключение и повторите.',
    });
  });

  it('finds a code among the errors', () => {
    expect(hasErrorCode(graphqlError('x', { code: 'STALE_VERSION' }), 'STALE_VERSION')).toBe(true);
    expect(hasErrorCode(new Error('x'), 'STALE_VERSION')).toBe(false);
  });
});
