// Which requests the server takes on. Under overload it sheds new ones early with 503 + Retry-After
// (more in flight than the event loop keeps up with, or queries queueing for a database connection) so
// that the requests already admitted, and /healthz, stay fast; on shutdown it drains: new requests are
// told to go elsewhere (Connection: close), and `settled` waits for those in flight to finish.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { nextLimit } from './concurrency-limit.ts';
import { sendJsonError } from './json-errors.ts';

export interface AdmissionLimits {
  /** The event-loop delay the adaptive concurrency limit keeps under (see concurrency-limit.ts). */
  maxEventLoopDelayMs: number;
  /** … and the share of time the event loop may be busy. */
  maxEventLoopUtilization: number;
  /** The ceiling of that limit: never more requests than this served at once. */
  maxInFlight: number;
  /** Shed while this many queries wait for a database connection. */
  maxConnectionWaiters: number;
}

/** Paths that are never shed: an orchestrator must see the truth about a busy server. */
const neverShed = /^\/(healthz|readyz)$/;
const windowMs = 250;

export function createAdmission(
  limits: AdmissionLimits,
  signals: { connectionWaiters: () => number },
  log: Logger,
) {
  const settings = {
    maxInFlight: limits.maxInFlight,
    targetDelayMs: limits.maxEventLoopDelayMs,
    maxUtilization: limits.maxEventLoopUtilization,
  };
  const resolutionMs = 10;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  let inFlight = 0;
  let peakInFlight = 0;
  let shed = 0;
  let shedBefore = 0;
  let limit = limits.maxInFlight;
  let eventLoopDelayMs = 0;
  let utilization = 0;
  let lastUtilization = performance.eventLoopUtilization();
  const sampler = setInterval(() => {
    utilization = performance.eventLoopUtilization(lastUtilization).utilization;
    lastUtilization = performance.eventLoopUtilization();
    // The histogram times its own timer, which is due every `resolutionMs`: the delay is what comes on top.
    eventLoopDelayMs = Math.max(0, histogram.max / 1e6 - resolutionMs);
    histogram.reset();
    limit = nextLimit(
      limit,
      { delayMs: eventLoopDelayMs, utilization, peakInFlight, shed: shed - shedBefore },
      settings,
    );
    peakInFlight = inFlight;
    shedBefore = shed;
  }, windowMs);
  sampler.unref();

  let draining = false;
  let lastShedLog = 0;
  const idleWaiters = new Set<() => void>();

  const pressure = (): string | null => {
    if (inFlight >= limit) return limit < limits.maxInFlight ? 'event-loop-delay' : 'in-flight';
    if (signals.connectionWaiters() >= limits.maxConnectionWaiters) return 'connection-wait';
    return null;
  };

  const middleware: RequestHandler = (req, res, next) => {
    if (draining) res.setHeader('Connection', 'close');
    if (!neverShed.test(req.path)) {
      const reason = pressure();
      if (reason) {
        shed += 1;
        if (Date.now() - lastShedLog > 10_000) {
          lastShedLog = Date.now();
          log.warn({ reason, inFlight, limit, eventLoopDelayMs, shed }, 'overloaded: shedding requests');
        }
        return sendJsonError(req, res, new AppError('UNAVAILABLE'), log);
      }
    }
    inFlight += 1;
    peakInFlight = Math.max(peakInFlight, inFlight);
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of idleWaiters) resolve();
    });
    next();
  };

  return {
    middleware,
    /** For /healthz: the signals and how many requests were shed since start. */
    stats: () => ({
      inFlight,
      limit,
      eventLoopDelayMs: Math.round(eventLoopDelayMs),
      eventLoopUtilization: Math.round(utilization * 100) / 100,
      shed,
    }),
    /** Requests in flight besides the one asking (and one more): a crowd it should not queue behind. */
    busy: () => inFlight > 2,
    draining: () => draining,
    startDraining() {
      draining = true;
    },
    /** Resolves true once nothing is in flight, false if `graceMs` passed first. */
    settled(graceMs: number): Promise<boolean> {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (value: boolean) => {
          clearTimeout(timer);
          idleWaiters.delete(onIdle);
          resolve(value);
        };
        const onIdle = () => done(true);
        const timer = setTimeout(() => done(false), graceMs);
        idleWaiters.add(onIdle);
      });
    },
    stop() {
      clearInterval(sampler);
      histogram.disable();
    },
  };
}

export type Admission = ReturnType<typeof createAdmission>;
