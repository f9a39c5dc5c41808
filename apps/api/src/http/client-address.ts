// Who is calling and from which site, as a proxy-aware server sees it: X-Forwarded-For, -Proto and -Host
// count only when they come from a proxy TRUST_PROXY names (or within its hop count). Express applies the
// same setting to req.ip, req.protocol and req.host; the WebSocket upgrade has no Express request, so it
// uses these.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import proxyaddr from 'proxy-addr';

/** A hop count, or proxy addresses, CIDRs and the names `loopback`, `linklocal`, `uniquelocal`. */
export type TrustProxy = number | string[];
export type TrustFn = (address: string, hop: number) => boolean;

/** Compiles TRUST_PROXY as Express does (`app.set('trust proxy', …)`); throws on an invalid entry. */
export function compileTrustProxy(setting: TrustProxy): TrustFn {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/** The client's address: the peer, or the nearest untrusted address in X-Forwarded-For. */
export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  return proxyaddr(req, trust);
}

const firstOf = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim() || undefined;

/** The origin (scheme://host[:port]) the client addressed, e.g. `https://city.example`. */
export function requestOrigin(req: IncomingMessage, trust: TrustFn): string | null {
  const fromProxy = trust(req.socket.remoteAddress ?? '', 0);
  const encrypted = (req.socket as Partial<TLSSocket>).encrypted === true;
  const scheme = (fromProxy && firstOf(req.headers['x-forwarded-proto'])) || (encrypted ? 'https' : 'http');
  const host = (fromProxy && firstOf(req.headers['x-forwarded-host'])) || req.headers.host;
  if (!host) return null;
  try {
    return new URL(`${scheme.toLowerCase()}://${host}`).origin;
  } catch {
    return null;
  }
}
