/** The four roles of citydesk; each one gets its own GraphQL schema. */
export const roles = ['RESIDENT', 'DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR'] as const;
export type Role = (typeof roles)[number];

/** Interface languages: az (Latin), fa (RTL), ru, kk (Cyrillic), and en as the developers' fallback. */
export const locales = ['az', 'fa', 'ru', 'kk', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Narrows an untrusted value (a token claim, a header) to a {@link Role}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Narrows an untrusted value (a cookie, `Accept-Language` tag) to a supported {@link Locale}. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
