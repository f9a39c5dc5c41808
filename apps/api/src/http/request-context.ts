// Builds the GraphQL context of one HTTP request or WebSocket connection: who is calling
// (from the session cookie) and in which language they read.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { locales, type Locale } from '@citydesk/domain';
import { parse as parseCookies } from 'cookie';
import type { GraphQLContext, SessionCookie } from '../graphql/context.ts';
import { resolveSession, sessionCookieName } from '../services/auth/sessions.ts';
import { idempotencyScopeOf, parseIdempotencyKey } from './idempotency-header.ts';

type Deps = GraphQLContext['deps'];

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The caller's language: what the client asks for, else the user's setting, else the browser's. */
export function pickLocale(
  requested: unknown,
  userLocale: Locale | undefined,
  acceptLanguage: string | undefined,
): Locale {
  if (isLocale(requested)) return requested;
  if (userLocale) return userLocale;
  const fromBrowser = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase())
    .find(isLocale);
  return fromBrowser ?? 'ru';
}

export const sessionTokenOf = (req: IncomingMessage): string | undefined =>
  parseCookies(req.headers.cookie ?? '')[sessionCookieName];

/** A proxy's request id (nginx `$request_id`, a load balancer's trace id) when it looks like one, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:@/+=-]{8,128}$/.test(given) ? given : randomUUID();
}

export async function buildContext(
  deps: Deps,
  options: { sessionTtlMs: number },
  req: IncomingMessage,
  cookie: SessionCookie,
  requestedLocale: unknown,
  /** The client's address as TRUST_PROXY lets us see it (Express's req.ip, or clientAddress()). */
  ip: string,
  /** The Idempotency-Key header of an HTTP request (a socket's operations have none). */
  idempotencyHeader?: string | string[],
): Promise<GraphQLContext> {
  // A malformed key is refused before anything runs.
  const idempotencyKey = parseIdempotencyKey(idempotencyHeader);
  const viewer = await resolveSession(deps.db, cookie.token, {
    ttlMs: options.sessionTtlMs,
    now: deps.clock(),
  });
  const idempotencyScope = idempotencyKey === null ? null : idempotencyScopeOf(viewer, cookie.token);
  const requestId = requestIdOf(req);
  const origin = { ip: ip === 'unknown' ? null : ip, requestId };
  return {
    // The viewer is the actor of every service call: it carries where the call came from to the audit trail.
    viewer: viewer && { ...viewer, origin },
    requestId,
    locale: pickLocale(requestedLocale, viewer?.locale, req.headers['accept-language']),
    deps,
    sessionTtlMs: options.sessionTtlMs,
    ip,
    cookie,
    idempotency:
      idempotencyKey !== null && idempotencyScope !== null
        ? { key: { scope: idempotencyScope, key: idempotencyKey }, taken: false }
        : null,
  };
}
