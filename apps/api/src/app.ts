// Composition root: opens the database (migrating, seeding the demo city when empty), the
// event bus and the HTTP server with GraphQL over HTTP and WebSocket, health and the web app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from './config.ts';
import { connectionWaiters, openDatabase, type Database } from './infra/db/database.ts';
import { createEventBus, type EventBus } from './infra/events/event-bus.ts';
import { createLoginThrottle } from './infra/rate-limit/login-throttle.ts';
import { createSelfServiceThrottle } from './infra/rate-limit/self-service-throttle.ts';
import { createVerificationThrottle } from './infra/rate-limit/verification-throttle.ts';
import { purgeExpiredCounters } from './infra/rate-limit/throttle-counters.ts';
import { createSessionClosures } from './infra/sessions/session-closures.ts';
import { choosePaymentProvider, isDemoMode } from './infra/payments/choose-payment-provider.ts';
import type { Logger } from './logger.ts';
import { startScheduler, type Scheduler } from './infra/jobs/scheduler.ts';
import { autoCloseUnansweredRequests } from './services/requests/auto-close.ts';
import { escalateOverdueRequests } from './services/requests/escalate-overdue.ts';
import { remindVerificationDue } from './services/meters/verification-reminders.ts';
import { purgeExpiredIdempotencyKeys } from './services/idempotency/purge-idempotency-keys.ts';
import { purgeExpiredSelfService } from './services/auth/purge-self-service.ts';
import { createSmtpMailer } from './infra/mail/mailer.ts';
import { createHttpSmsGateway } from './infra/sms/sms-gateway.ts';
import { deliverAllPending } from './services/notifications/deliver-outbox.ts';
import { createGraphQLHttp } from './http/graphql-http.ts';
import { attachGraphQLWebSocket } from './http/graphql-ws.ts';
import { webAppRouter } from './http/web-app.ts';
import { jsonErrorHandler, routeNotFound } from './http/json-errors.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createAdmission } from './http/admission.ts';
import { filesRouter } from './http/files-http.ts'; // files
import { openFileStorage } from './infra/files/open-file-storage.ts'; // files
import { pdfRouter } from './http/pdf-http.ts';
import { verifyRouter } from './http/verify-http.ts';
import { importsRouter } from './http/imports-http.ts';
import { demoPaymentsRouter } from './http/demo-payments-http.ts';
import { paymentWebhooksRouter } from './http/payment-webhooks-http.ts';
import { healthRouter } from './http/health-http.ts';
import { isDatabaseEmpty, seedDemoCity } from './seed/seed.ts';
import type { GraphQLContext } from './graphql/context.ts';

export interface App {
  httpServer: Server;
  database: Database;
  events: EventBus;
  deps: GraphQLContext['deps'];
  jobs: Scheduler;
  /** Starts listening; resolves with the actual port (PORT=0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  log: Logger,
  options: {
    clock?: () => Date;
    /** How often WebSockets re-check their sessions (ended on another instance); default 5 s. */
    sessionRecheckMs?: number;
  } = {},
): Promise<App> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
    log: (m) => log.info(m),
  });
  if (config.seedDemo === 'auto' && (await isDatabaseEmpty(database.prisma))) {
    log.info('empty database: seeding the demo city');
    await seedDemoCity(database.prisma, { log: (m) => log.info(m) });
  }
  // Decided after seeding: DEMO MODE (the demo city is there) brings the demo provider.
  const payments = await isDemoMode(database.prisma)
    .then((demoMode) => {
      // Documents print their verification link and QR code: a real city must say where it is reached.
      if (config.env === 'production' && !demoMode && !config.publicUrl)
        throw new Error(
          'Invalid configuration: PUBLIC_URL is required in production (verification links on issued documents lead there)',
        );
      return choosePaymentProvider(config, demoMode);
    })
    .catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
  log.info({ provider: payments.provider?.id ?? null }, 'payment provider');
  const events = await createEventBus({ redisUrl: config.redisUrl, db: database.prisma, log });
  // Rate limits live in the database (no Redis needed); so does the session a socket is closed for.
  const deps = {
    db: database.prisma,
    events,
    clock: options.clock ?? (() => new Date()),
    log,
    loginThrottle: createLoginThrottle(database.prisma),
    verificationThrottle: createVerificationThrottle(database.prisma),
    selfServiceThrottle: createSelfServiceThrottle(database.prisma),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
    sessionClosures: createSessionClosures(),
    payments: payments.provider,
  };

  const app = express();
  app.disable('x-powered-by');
  // Express decides from its env whether its own pages may show stack traces; ours is the config's.
  app.set('env', config.env);
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders({ publicUrl: config.publicUrl }));
  const admission = createAdmission(
    config.admission,
    { connectionWaiters: () => connectionWaiters(database.prisma) },
    log,
  );
  app.use(admission.middleware);
  const httpServer = createServer(app);

  // GET /healthz (what the process runs without), GET /readyz (503 while the database is away).
  const health = healthRouter({
    db: database.prisma,
    databaseEngine: database.embedded ? 'pglite' : 'postgresql',
    events,
    clock: deps.clock,
    admission,
    ...(database.embedded ? {} : { probeUrl: database.url }),
  });
  app.use(health);

  const graphqlHttp = await createGraphQLHttp(deps, {
    sessionTtlMs: config.sessionTtlMs,
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    introspection: config.env === 'development',
    log,
  });
  app.all('/graphql', ...graphqlHttp.handler);
  // files: POST /files, GET /files/:id (bytes under <DATA_DIR>/files)
  app.use(filesRouter({ ...deps, files: openFileStorage(config) }, { sessionTtlMs: config.sessionTtlMs }));
  // PDFs: GET /requests/:id/work-order.pdf, /documents/:id.pdf (before the web app's SPA fallback)
  app.use(pdfRouter(deps, { sessionTtlMs: config.sessionTtlMs, publicUrl: config.publicUrl }));
  // GET /verify/<code> as JSON for other systems (the page itself is the web app's).
  app.use(verifyRouter(deps));
  // POST /imports/:kind (the administrator's data files)
  app.use(importsRouter(deps, { sessionTtlMs: config.sessionTtlMs }));
  // The active provider's webhook; the demo bank's checkout data and payer's choice only in demo.
  if (payments.provider) app.use(paymentWebhooksRouter(deps, payments.provider));
  if (payments.demo) app.use(demoPaymentsRouter(deps, payments.demo));
  const ws = attachGraphQLWebSocket(httpServer, deps, {
    sessionTtlMs: config.sessionTtlMs,
    introspection: config.env === 'development',
    log,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    sessionRecheckMs: options.sessionRecheckMs ?? 5000,
  });

  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const smsGateway = config.smsGatewayUrl ? createHttpSmsGateway(config.smsGatewayUrl) : null;
  const jobs = startScheduler(
    [
      { name: 'escalate-overdue', run: () => escalateOverdueRequests(deps) },
      {
        name: 'auto-close',
        run: () =>
          autoCloseUnansweredRequests(deps, {
            afterMs: config.autoCloseAfterMs,
            reopenWithinDays: config.reopenAfterAutoCloseDays,
          }),
      },
      { name: 'meter-verification-reminders', run: () => remindVerificationDue(deps) },
      { name: 'purge-idempotency-keys', run: () => purgeExpiredIdempotencyKeys(deps) },
      { name: 'purge-self-service', run: () => purgeExpiredSelfService(deps) },
      { name: 'purge-throttle-counters', run: () => purgeExpiredCounters(deps.db, deps.clock()) },
      // The outbox: on stop each worker hands back the messages it claimed but did not send.
      ...(mailer
        ? [
            {
              name: 'deliver-emails',
              run: (signal: AbortSignal) => deliverAllPending(deps, mailer, { signal }),
            },
          ]
        : []),
      ...(smsGateway
        ? [
            {
              name: 'deliver-sms',
              run: (signal: AbortSignal) => deliverAllPending(deps, smsGateway, { signal }),
            },
          ]
        : []),
    ],
    { intervalMs: config.jobsIntervalMs, log },
  );

  const web = webAppRouter(config.webDistDir);
  if (web) app.use(web);
  else log.warn({ dir: config.webDistDir }, 'web app not built; serving the API only');
  // Whatever nothing above served, and every error a route passed on: JSON, translated, no stack trace.
  app.use(routeNotFound(log));
  app.use(jsonErrorHandler(log));

  return {
    httpServer,
    database,
    events,
    deps,
    jobs,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    async close() {
      // Drain: new requests are told to go elsewhere, jobs finish (releasing what they hold), the
      // listener stops, subscribers are told to reconnect (to another instance, or to this one once
      // restarted), requests in flight get up to the grace period, and only then are connections cut.
      admission.startDraining();
      await jobs.stop();
      mailer?.close();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await ws.close();
      if (!(await admission.settled(config.shutdownGraceMs)))
        log.warn({ inFlight: admission.stats().inFlight }, 'shutdown grace over: cutting requests in flight');
      httpServer.closeAllConnections();
      await closed;
      admission.stop();
      await graphqlHttp.stop();
      await health.close();
      await events.close();
      await database.close();
    },
  };
}
