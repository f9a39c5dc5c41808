import { z } from 'zod';

// A new password and its repetition, as the API's rule has it (8 to 256 characters). Messages are
// validation codes, translated when shown.
export const newPasswordFields = {
  password: z
    .string()
    .refine((value) => [...value].length >= 8, 'password_too_short')
    .refine((value) => [...value].length <= 256, 'password_too_long'),
  passwordRepeat: z.string(),
};

/** Adds the "the two are the same" check to a schema with {@link newPasswordFields}. */
type Passwords = { password: string; passwordRepeat: string };
export const withRepeatedPassword = <S extends z.ZodType<Passwords, Passwords>>(schema: S) =>
  schema.refine((values) => values.password === values.passwordRepeat, {
    message: 'passwords_differ',
    path: ['passwordRepeat'],
  });
