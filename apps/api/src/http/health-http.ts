// GET /healthz: is this process serving, and what is it running without (HTTP 200 while it serves,
// `status: "degraded"` with the reasons when Redis or the database is away). GET /readyz: should a
// load balancer send it requests (503 while the database is unreachable, and while shutting down).
import { Router } from 'express';
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
  /** Load and shutdown: requests in flight, event-loop delay, requests shed; draining once SIGTERM came. */
  admission?: { stats(): Record<string, number>; draining(): boolean };
}

export function healthRouter(deps: HealthDeps): Router {
  const router = Router();
  const probeTimeoutMs = deps.probeTimeoutMs ?? 2_000;

  /** null when the database answers, else why not. */
  async function databaseProblem(): Promise<Degradation | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })),
        probeTimeoutMs,
      );
    });
    try {
      await Promise.race([deps.db.$queryRaw`SELECT 1`, timeout]);
      return null;
    } catch (error) {
      return { component: 'database', reason: outageReason(error) };
    } finally {
      clearTimeout(timer);
    }
  }

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
      warnings: database ? [] : await healthWarnings(deps.db, deps.clock()).catch(() => []),
    });
  });

  router.get('/readyz', async (_req, res) => {
    // Shutting down: the load balancer should send new requests elsewhere while those in flight finish.
    if (deps.admission?.draining()) return void res.status(503).json({ status: 'draining' });
    const database = await databaseProblem();
    if (database) res.status(503).json({ status: 'unavailable', degraded: [database] });
    else res.json({ status: 'ready' });
  });

  return router;
}
