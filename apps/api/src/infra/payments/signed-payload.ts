// The signature scheme of payment callbacks, Stripe's: the header `t=<unix seconds>,v1=<hex>` where
// v1 = HMAC-SHA256(secret, "<t>.<raw body>"). The timestamp is signed too, so a captured callback cannot
// be replayed later than the tolerance; within it, the event id makes a replay a duplicate.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CallbackRefusal } from './payment-provider.ts';

/** How far a callback's signed timestamp may be from our clock (either way). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, timestamp: number, body: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The signature header for `body`, as the sender computes it. */
export function signPayload(secret: string, body: Buffer, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, body)}`;
}

/** Checks a signature header; any of several v1 values may match (a sender rotating its secret). */
export function verifySignature(
  header: string | string[] | undefined,
  body: Buffer,
  secret: string,
  now: Date,
): { ok: true } | { ok: false; reason: CallbackRefusal } {
  if (typeof header !== 'string' || header === '') return { ok: false, reason: 'SIGNATURE_MISSING' };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2);
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) return { ok: false, reason: 'SIGNATURE_MISSING' };
  const expected = Buffer.from(hmacHex(secret, timestamp, body), 'hex');
  if (!signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected)))
    return { ok: false, reason: 'SIGNATURE_INVALID' };
  // Checked after the signature, so an attacker learns nothing about the clock from unsigned tries.
  if (Math.abs(now.getTime() / 1000 - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: 'TIMESTAMP_STALE' };
  return { ok: true };
}

/** The first value of a header. */
export function headerValue(headers: Record<string, string | string[] | undefined>, name: string) {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Parses a JSON body; null when it is not a JSON object. */
export function parseJsonObject(body: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
