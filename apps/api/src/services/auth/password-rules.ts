// What a new password must be: the same rule wherever one is chosen (changing it, signing up, resetting it).
import { invalidInput } from '../../errors.ts';

/** Length bounds of a new password, in characters. */
export const passwordLength = { min: 8, max: 256 };

/** INVALID_INPUT on `field` (too_short, too_long) when `password` breaks the rule. */
export function assertNewPassword(password: string, field: string): void {
  const length = [...password].length;
  if (length < passwordLength.min) throw invalidInput([{ field, code: 'too_short' }]);
  if (length > passwordLength.max) throw invalidInput([{ field, code: 'too_long' }]);
}
