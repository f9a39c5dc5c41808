// Which requests the server takes on. Under overload it sheds new ones early with 503 + Retry-After
// (the event loop lagging or queries queueing for a database connection) so that the requests already
// admitted, and /healthz, stay fast; on shutdown it drains: new requests are told to go elsewhere
// (Connection: close), and `settled` waits for those in flight to finish.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { sendJsonError } from './json-errors.ts';

export interface AdmissionLimits {
  /** Shed while the event loop's p99 delay was above this in each of the last two seconds (and it is busy). */
  maxEventLoopDelayMs: number;
  /** Shed while this many requests are being served. */
  maxInFlight: number;
  /** Shed while this many queries wait for a database connection. */
  maxConnectionWaiters: number;
}

/** Paths that are never shed: an orchestrator must see the truth about a busy server. */
const neverShed = /^\/(healthz|readyz)$/;
const sampleEveryMs = 1_000;

export function createAdmission(
  limits: AdmissionLimits,
  signals: { connectionWaiters: () => number },
  log: Logger,
) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // Lagging counts only when it lasts: one second of one heavy render (a PDF's first fonts) is not
  // overload, two seconds in a row are.
  let eventLoopDelayMs = 0;
  let previousDelayMs = 0;
  const sampler = setInterval(() => {
    previousDelayMs = eventLoopDelayMs;
    eventLoopDelayMs = histogram.percentile(99) / 1e6;
    histogram.reset();
  }, sampleEveryMs);
  sampler.unref();

  let inFlight = 0;
  let shed = 0;
  let draining = false;
  let lastShedLog = 0;
  const idleWaiters = new Set<() => void>();

  const pressure = (): string | null => {
    // A lagging loop with few requests is one heavy request (a PDF), not a crowd to turn away.
    const crowded = inFlight >= limits.maxInFlight / 8;
    if (crowded && Math.min(eventLoopDelayMs, previousDelayMs) > limits.maxEventLoopDelayMs)
      return 'event-loop-delay';
    if (inFlight >= limits.maxInFlight) return 'in-flight';
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
          log.warn({ reason, inFlight, eventLoopDelayMs, shed }, 'overloaded: shedding requests');
        }
        return sendJsonError(req, res, new AppError('UNAVAILABLE'), log);
      }
    }
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of idleWaiters) resolve();
    });
    next();
  };

  return {
    middleware,
    /** For /healthz: the signals and how many requests were shed since start. */
    stats: () => ({ inFlight, eventLoopDelayMs: Math.round(eventLoopDelayMs), shed }),
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
