// The public document check answers anyone, so guessing codes is throttled: an address that asks about
// too many unknown codes waits. Shared across instances through Redis when REDIS_URL is set.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface VerificationThrottle {
  /** Milliseconds the address must wait before checking again, or 0. */
  blockedFor(ip: string): Promise<number>;
  /** Counts a check of a code that matched no document. */
  recordMiss(ip: string): Promise<void>;
  close(): Promise<void>;
}

/** Unknown codes an address may try per window; genuine documents never count. */
export const verificationThrottleLimits = { points: 20, duration: 10 * 60 };

export function createVerificationThrottle(redisUrl?: string, namespace = 'citydesk'): VerificationThrottle {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 3 }) : null;
  const keyPrefix = `${namespace}:verify-miss`;
  const limiter = redis
    ? new RateLimiterRedis({ storeClient: redis, keyPrefix, ...verificationThrottleLimits })
    : new RateLimiterMemory({ keyPrefix, ...verificationThrottleLimits });
  return {
    async blockedFor(ip) {
      const res = await limiter.get(ip);
      return res && res.consumedPoints >= verificationThrottleLimits.points
        ? Math.max(res.msBeforeNext, 1)
        : 0;
    },
    async recordMiss(ip) {
      // consume() rejects once the limit is passed; that is the point, not an error here.
      await limiter.consume(ip).catch(() => undefined);
    },
    async close() {
      redis?.disconnect();
    },
  };
}
