// The one place environment variables are read; validated at start-up (README lists them all).
import path from 'node:path';
import { defaultReopenAfterAutoCloseDays } from '@citydesk/domain';
import { z } from 'zod';
import type { AdmissionLimits } from './http/admission.ts';
import { compileTrustProxy, type TrustProxy } from './http/client-address.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'apps', 'web', 'dist')),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  SMTP_URL: z.string().url().optional(),
  SMS_GATEWAY_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('citydesk <no-reply@citydesk.local>'),
  AUTO_CLOSE_DAYS: z.coerce.number().positive().default(5),
  REOPEN_AFTER_AUTO_CLOSE_DAYS: z.coerce.number().min(0).max(365).default(defaultReopenAfterAutoCloseDays),
  JOBS_INTERVAL_SECONDS: z.coerce.number().min(0).default(60),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().positive().default(300),
  MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().positive().max(1).default(1),
  MAX_IN_FLIGHT: z.coerce.number().int().positive().default(256),
  MAX_CONNECTION_WAITERS: z.coerce.number().int().positive().default(100),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PAYMENT_PROVIDER: z.enum(['demo', 'stripe']).optional(),
  DEMO_PAYMENT_SECRET: z.string().min(32).optional(),
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_API_BASE: z.string().url().optional(),
});

/** Which payment provider takes payments; see `choosePaymentProvider` for the demo-mode default. */
export type PaymentsConfig =
  | { provider: undefined | 'demo'; demoSecret: string | undefined }
  | {
      provider: 'stripe';
      secretKey: string;
      webhookSecret: string;
      /** Where the Stripe client sends API calls (tests: a local server); unset = Stripe's own. */
      apiBase: URL | undefined;
      /** Absolute: Stripe sends the payer back to `<publicUrl>/applications/<id>`. */
      publicUrl: string;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Connections this instance opens to DATABASE_URL (the embedded database always gets one). */
  databasePoolSize: number;
  /** SMTP server for e-mail; unset = e-mails stay in the outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** HTTP SMS gateway (POST { to, text }); unset = SMS stay in the outbox. */
  smsGatewayUrl: string | undefined;
  dataDir: string;
  webDistDir: string;
  publicUrl: string | undefined;
  /**
   * The proxies whose X-Forwarded-For/-Proto/-Host are believed (Express `trust proxy`): a hop count, or
   * addresses, CIDRs and `loopback`/`linklocal`/`uniquelocal`. Default `loopback`; `none` trusts no one.
   */
  trustProxy: TrustProxy;
  sessionTtlMs: number;
  seedDemo: 'auto' | 'never';
  /** A verified request the resident does not answer closes after this long (CLOSED_UNCONFIRMED). */
  autoCloseAfterMs: number;
  /** For how many days after such an auto-close the resident may still reopen the request (0 = never). */
  reopenAfterAutoCloseDays: number;
  /** How often background jobs run; 0 = never (tests drive them). */
  jobsIntervalMs: number;
  logLevel: string;
  payments: PaymentsConfig;
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  shutdownGraceMs: number;
  /** When the server sheds new requests with 503 (see http/admission.ts). */
  admission: AdmissionLimits;
}

function paymentsConfig(c: z.infer<typeof schema>): PaymentsConfig {
  if (c.PAYMENT_PROVIDER !== 'stripe')
    return { provider: c.PAYMENT_PROVIDER, demoSecret: c.DEMO_PAYMENT_SECRET };
  const missing = (['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PUBLIC_URL'] as const).filter(
    (k) => !c[k],
  );
  if (missing.length > 0)
    throw new Error(`Invalid configuration: PAYMENT_PROVIDER=stripe needs ${missing.join(', ')}`);
  return {
    provider: 'stripe',
    secretKey: c.STRIPE_SECRET_KEY!,
    webhookSecret: c.STRIPE_WEBHOOK_SECRET!,
    apiBase: c.STRIPE_API_BASE ? new URL(c.STRIPE_API_BASE) : undefined,
    publicUrl: c.PUBLIC_URL!,
  };
}

function trustProxyOf(value: string | undefined): TrustProxy {
  if (value === undefined) return ['loopback'];
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (text.toLowerCase() === 'none') return [];
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    compileTrustProxy(entries);
  } catch (error) {
    throw new Error(
      `Invalid configuration: TRUST_PROXY: ${error instanceof Error ? error.message : String(error)} (a hop count, or proxy addresses and CIDRs separated by commas)`,
    );
  }
  return entries;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    smtpUrl: c.SMTP_URL,
    smsGatewayUrl: c.SMS_GATEWAY_URL,
    mailFrom: c.MAIL_FROM,
    dataDir: path.resolve(repoRoot, c.DATA_DIR),
    webDistDir: path.resolve(repoRoot, c.WEB_DIST_DIR),
    publicUrl: c.PUBLIC_URL,
    trustProxy: trustProxyOf(c.TRUST_PROXY),
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600_000,
    seedDemo: c.SEED_DEMO,
    autoCloseAfterMs: c.AUTO_CLOSE_DAYS * 86_400_000,
    reopenAfterAutoCloseDays: c.REOPEN_AFTER_AUTO_CLOSE_DAYS,
    jobsIntervalMs: c.JOBS_INTERVAL_SECONDS * 1000,
    logLevel: c.LOG_LEVEL,
    payments: paymentsConfig(c),
    shutdownGraceMs: c.SHUTDOWN_GRACE_SECONDS * 1000,
    admission: {
      maxEventLoopDelayMs: c.MAX_EVENT_LOOP_DELAY_MS,
      maxEventLoopUtilization: c.MAX_EVENT_LOOP_UTILIZATION,
      maxInFlight: c.MAX_IN_FLIGHT,
      maxConnectionWaiters: c.MAX_CONNECTION_WAITERS,
    },
  };
}
