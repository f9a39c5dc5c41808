// What a new password must be: the same rule wherever one is chosen (changing it, signing up, resetting it).
import { passwordLength } from '@citydesk/domain';
import { invalidInput } from '../../errors.ts';

/** INVALID_INPUT on `field` (too_short, too_long) when `password` breaks the rule. */
export function assertNewPassword(password: string, field: string): void {
  const length = [...password].length;
  if (length < passwordLength.min) throw invalidInput([{ field, code: 'too_short' }]);
  if (length > passwordLength.max) throw invalidInput([{ field, code: 'too_long' }]);
}
