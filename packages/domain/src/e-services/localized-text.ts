// A text in every language citydesk speaks, and its schema: labels of services, titles of documents.
import { z } from 'zod';
import { locales, type Locale } from '../roles.ts';

/** A text in every language citydesk speaks. */
export type LocalizedText = Record<Locale, string>;

export const localizedTextSchema = z.object(
  Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>,
);
