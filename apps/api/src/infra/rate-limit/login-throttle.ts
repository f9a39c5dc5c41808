// Failed-login throttling: per (address, login) and per address, shared across instances
// through Redis when REDIS_URL is set. Built on rate-limiter-flexible.
import { Redis } from 'ioredis';
import type { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LoginThrottle {
  /** Milliseconds the caller must wait before trying again, or 0. */
  blockedFor(ip: string, login: string): Promise<number>;
  recordFailure(ip: string, login: string): Promise<void>;
  recordSuccess(ip: string, login: string): Promise<void>;
  close(): Promise<void>;
}

export const loginThrottleLimits = {
  perLogin: { points: 5, duration: 15 * 60 },
  perAddress: { points: 50, duration: 60 * 60 },
};

/** `namespace` separates throttles sharing one Redis (tests, several deployments). */
export function createLoginThrottle(redisUrl?: string, namespace = 'citydesk'): LoginThrottle {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 3 }) : null;
  const make = (keyPrefix: string, limits: { points: number; duration: number }): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, ...limits })
      : new RateLimiterMemory({ keyPrefix, ...limits });
  const perLogin = make(`${namespace}:login-fail`, loginThrottleLimits.perLogin);
  const perAddress = make(`${namespace}:login-fail-ip`, loginThrottleLimits.perAddress);
  const loginKey = (ip: string, login: string) => `${ip}|${login}`;

  const waitOf = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints >= points ? Math.max(res.msBeforeNext, 1) : 0;

  return {
    async blockedFor(ip, login) {
      const [byLogin, byAddress] = await Promise.all([perLogin.get(loginKey(ip, login)), perAddress.get(ip)]);
      return Math.max(
        waitOf(byLogin, loginThrottleLimits.perLogin.points),
        waitOf(byAddress, loginThrottleLimits.perAddress.points),
      );
    },
    async recordFailure(ip, login) {
      // consume() rejects once the limit is passed; the rejection carries no news for us here.
      await Promise.allSettled([perLogin.consume(loginKey(ip, login)), perAddress.consume(ip)]);
    },
    async recordSuccess(ip, login) {
      await perLogin.delete(loginKey(ip, login));
    },
    async close() {
      redis?.disconnect();
    },
  };
}
