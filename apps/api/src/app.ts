// Composition root: opens the database (migrating, seeding the demo city when empty), the
// event bus and the HTTP server with GraphQL over HTTP and WebSocket, health and the web app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './infra/db/database.ts';
import { createEventBus, type EventBus } from './infra/events/event-bus.ts';
import { createLoginThrottle } from './infra/rate-limit/login-throttle.ts';
import { createVerificationThrottle } from './infra/rate-limit/verification-throttle.ts';
import { choosePaymentProvider, isDemoMode } from './infra/payments/choose-payment-provider.ts';
import type { Logger } from './logger.ts';
import { startScheduler, type Scheduler } from './infra/jobs/scheduler.ts';
import { autoCloseUnansweredRequests } from './services/requests/auto-close.ts';
import { escalateOverdueRequests } from './services/requests/escalate-overdue.ts';
import { remindVerificationDue } from './services/meters/verification-reminders.ts';
import { createSmtpMailer } from './infra/mail/mailer.ts';
import { createHttpSmsGateway } from './infra/sms/sms-gateway.ts';
import { deliverAllPending } from './services/notifications/deliver-outbox.ts';
import { createGraphQLHttp } from './http/graphql-http.ts';
import { attachGraphQLWebSocket } from './http/graphql-ws.ts';
import { webAppRouter } from './http/web-app.ts';
import { filesRouter } from './http/files-http.ts'; // files
import { openFileStorage } from './infra/files/open-file-storage.ts'; // files
import { pdfRouter } from './http/pdf-http.ts';
import { verifyRouter } from './http/verify-http.ts';
import { demoPaymentsRouter } from './http/demo-payments-http.ts';
import { paymentWebhooksRouter } from './http/payment-webhooks-http.ts';
import { isDatabaseEmpty, seedDemoCity } from './seed/seed.ts';
import { healthWarnings } from './services/calendars/calendar-warnings.ts';
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
  options: { clock?: () => Date; throttleNamespace?: string } = {},
): Promise<App> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
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
  const events = await createEventBus(config.redisUrl);
  const loginThrottle = createLoginThrottle(config.redisUrl, options.throttleNamespace);
  const verificationThrottle = createVerificationThrottle(config.redisUrl, options.throttleNamespace);
  const deps = {
    db: database.prisma,
    events,
    clock: options.clock ?? (() => new Date()),
    log,
    loginThrottle,
    verificationThrottle,
    payments: payments.provider,
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  app.get('/healthz', async (_req, res) => {
    try {
      await database.prisma.$queryRaw`SELECT 1`;
      res.json({
        status: 'ok',
        database: database.embedded ? 'pglite' : 'postgresql',
        events: events.engine,
        // Facts an operator must act on that do not make the service unhealthy (a year without holidays).
        warnings: await healthWarnings(database.prisma, deps.clock()),
      });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const graphqlHttp = await createGraphQLHttp(deps, {
    sessionTtlMs: config.sessionTtlMs,
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    introspection: config.env === 'development',
    log,
  });
  app.use('/graphql', ...graphqlHttp.handler);
  // files: POST /files, GET /files/:id (bytes under <DATA_DIR>/files)
  app.use(filesRouter({ ...deps, files: openFileStorage(config) }, { sessionTtlMs: config.sessionTtlMs }));
  // PDFs: GET /requests/:id/work-order.pdf, /documents/:id.pdf (before the web app's SPA fallback)
  app.use(pdfRouter(deps, { sessionTtlMs: config.sessionTtlMs, publicUrl: config.publicUrl }));
  // GET /verify/<code> as JSON for other systems (the page itself is the web app's).
  app.use(verifyRouter(deps));
  // The active provider's webhook; the demo bank's checkout data and payer's choice only in demo.
  if (payments.provider) app.use(paymentWebhooksRouter(deps, payments.provider));
  if (payments.demo) app.use(demoPaymentsRouter(deps, payments.demo));
  // Anything else under /payments is an API answer, not the web app.
  app.all('/payments/{*rest}', (_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND' } }));
  const ws = attachGraphQLWebSocket(httpServer, deps, {
    sessionTtlMs: config.sessionTtlMs,
    introspection: config.env === 'development',
    log,
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
      await jobs.stop();
      mailer?.close();
      // Stop taking requests, then wind down what served them. (One HTTP server serves five
      // Apollo servers, so the app drains it itself rather than each Apollo server trying to.)
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await ws.close();
      await closed;
      await graphqlHttp.stop();
      await events.close();
      await loginThrottle.close();
      await verificationThrottle.close();
      await database.close();
    },
  };
}
