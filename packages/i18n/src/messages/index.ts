import type { Locale } from '../locales.ts';
import { az } from './az.ts';
import { en, type Messages } from './en.ts';
import { fa } from './fa.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export type { Messages } from './en.ts';

/** Every locale's catalogue; `en` is the source of truth and the fallback. */
export const messages: Record<Locale, Messages> = { az, fa, ru, kk, en };

type Join<Prefix extends string, Key extends string> = Prefix extends '' ? Key : `${Prefix}.${Key}`;
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<Prefix, K> : Leaves<T[K], Join<Prefix, K>>;
}[keyof T & string];

/** Every dotted key of the catalogue, e.g. `errors.RATE_LIMITED`. */
export type MessageKey = Leaves<Messages>;
