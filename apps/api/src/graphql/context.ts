import type { Locale } from '@citydesk/domain';
import type { PaymentProvider } from '../infra/payments/payment-provider.ts';
import type { LoginThrottle } from '../infra/rate-limit/login-throttle.ts';
import type { SelfServiceThrottle } from '../infra/rate-limit/self-service-throttle.ts';
import type { VerificationThrottle } from '../infra/rate-limit/verification-throttle.ts';
import type { SessionClosures } from '../infra/sessions/session-closures.ts';
import type { ServiceDeps } from '../services/context.ts';
import type { Viewer } from '../services/auth/sessions.ts';
import type { RequestIdempotency } from './idempotency.ts';

/** Cookie operations; on a WebSocket there is no response to set cookies on. */
export interface SessionCookie {
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  viewer: Viewer | null;
  /** The language errors and localised fields are rendered in. */
  locale: Locale;
  deps: ServiceDeps & {
    loginThrottle: LoginThrottle;
    verificationThrottle: VerificationThrottle;
    /** Signing up and asking for a password reset (messages to a typed address). */
    selfServiceThrottle: SelfServiceThrottle;
    /** Where users reach the web app: links in e-mails start there (PUBLIC_URL, else http://localhost:PORT). */
    publicUrl: string;
    /** Sessions ended here (logout, password change): their WebSockets close. */
    sessionClosures: SessionClosures;
    /** The active payment provider; null = payments are unavailable (PAYMENTS_UNAVAILABLE). */
    payments: PaymentProvider | null;
  };
  sessionTtlMs: number;
  ip: string;
  /** This request's id (a proxy's X-Request-Id, else a fresh one): audit rows carry it. */
  requestId: string;
  cookie: SessionCookie;
  /** The request's Idempotency-Key header (HTTP only), for the creating mutation that takes it. */
  idempotency?: RequestIdempotency | null;
}
