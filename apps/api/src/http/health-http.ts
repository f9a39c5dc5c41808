// GET /healthz: is this process serving, and what is it running without (HTTP 200 while it serves,
// `status: "degraded"` with the reasons when Redis or the database is away). GET /readyz: should a
// load balancer send it requests (503 while the database is unreachable, and while shutting down).
import { Router } from 'express';
import pg from 'pg';
import type { Db } from '../infra/db/database.ts';
import type { Degradation, EventBus } from '../infra/events/event-bus.ts';
import { outageReason } from '../infra/outage-reason.ts';
import { healthWarnings } from '../services/calendars/calendar-warnings.ts';

export interface HealthDeps {
  db: Db;
  databaseEngine: 'pglite' | 'postgresql';
  events: Pick<EventBus, 'engine' | 'degraded'>;
  clock: () => Date;
  /** A database that does not answer within this is reported away (a hung connection, not only a refused one). */
  probeTimeoutMs?: number;
  /**
   * PostgreSQL: probe over a connection of the health check's own, so that a busy pool (every connection
   * taken, queries queueing) neither delays the answer nor is mistaken for an outage. Unset: through `db`
   * (the embedded database takes one connection).
   */
  probeUrl?: string;
  /**
   * Load and shutdown: requests in flight, event-loop delay, requests shed; whether it is busy right now;
   * draining once SIGTERM came.
   */
  admission?: { stats(): Record<string, number>; busy(): boolean; draining(): boolean };
}

const probeEveryMs = 1_000;
const warningsMaxAgeMs = 5_000;

/** A connection of the health check's own, opened on first use and again after a failure. */
function ownConnection(url: string, timeoutMs: number) {
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  const open = () => {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
      next.on('error', () => undefined); // a dropped connection shows up as the next ping failing
      await next.connect();
      client = next;
      return next;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };
  return {
    async ping() {
      await (client ?? (await open())).query('SELECT 1');
    },
    reset() {
      void client?.end().catch(() => undefined);
      client = null;
    },
    close: async () => {
      await client?.end().catch(() => undefined);
    },
  };
}

export function healthRouter(deps: HealthDeps): Router & { close(): Promise<void> } {
  const router = Router();
  const probeTimeoutMs = deps.probeTimeoutMs ?? 2_000;

  // One probe at a time, its answer reused for a second: a health check costs the database nothing
  // however often an orchestrator (or a crowd) asks.
  const probeClient = deps.probeUrl ? ownConnection(deps.probeUrl, probeTimeoutMs) : null;
  let lastProbe: { at: number; problem: Promise<Degradation | null> } | null = null;

  async function probe(): Promise<Degradation | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })),
        probeTimeoutMs,
      );
    });
    try {
      await Promise.race([probeClient ? probeClient.ping() : deps.db.$queryRaw`SELECT 1`, timeout]);
      return null;
    } catch (error) {
      probeClient?.reset();
      return { component: 'database', reason: outageReason(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** null when the database answers, else why not (at most a second old). */
  function databaseProblem(): Promise<Degradation | null> {
    if (!lastProbe || Date.now() - lastProbe.at > probeEveryMs)
      lastProbe = { at: Date.now(), problem: probe() };
    return lastProbe.problem;
  }

  // Warnings are read fresh while the server is quiet; while it is busy they come from a snapshot at most
  // a few seconds old, refreshed in the background: a health check must not queue behind the crowd it
  // reports on (three queries through a saturated event loop cost tens of milliseconds).
  let warnings: { at: number; value: unknown[] } | null = null;
  let refreshing: Promise<unknown[]> | null = null;
  const refreshWarnings = () =>
    (refreshing ??= healthWarnings(deps.db, deps.clock())
      .then((value) => {
        warnings = { at: Date.now(), value };
        return value;
      })
      .catch(() => warnings?.value ?? [])
      .finally(() => {
        refreshing = null;
      }));
  const calendarWarnings = async (): Promise<unknown[]> => {
    if (!warnings || !deps.admission?.busy()) return refreshWarnings();
    if (Date.now() - warnings.at > warningsMaxAgeMs) void refreshWarnings();
    return warnings.value;
  };

  router.get('/healthz', async (_req, res) => {
    const degraded = [...deps.events.degraded()];
    const database = await databaseProblem();
    if (database) degraded.push(database);
    res.json({
      status: degraded.length > 0 ? 'degraded' : 'ok',
      database: deps.databaseEngine,
      events: deps.events.engine,
      degraded,
      ...(deps.admission ? { load: deps.admission.stats(), draining: deps.admission.draining() } : {}),
      // Facts an operator must act on that do not make the service unhealthy (a year without holidays).
      warnings: database ? [] : await calendarWarnings(),
    });
  });

  router.get('/readyz', async (_req, res) => {
    // Shutting down: the load balancer should send new requests elsewhere while those in flight finish.
    if (deps.admission?.draining()) return void res.status(503).json({ status: 'draining' });
    const database = await databaseProblem();
    if (database) res.status(503).json({ status: 'unavailable', degraded: [database] });
    else res.json({ status: 'ready' });
  });

  return Object.assign(router, { close: async () => probeClient?.close() });
}
