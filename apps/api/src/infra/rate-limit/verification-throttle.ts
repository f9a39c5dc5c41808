// The public document check and the client's tracking page answer anyone, so guessing codes is throttled:
// an address that asks about too many unknown codes waits. Each check takes an attempt before the code is
// looked up (so parallel guesses cannot overrun the limit); a genuine code gives it back.
import type { Db } from '../db/database.ts';
import { addressKey } from './address-key.ts';
import { giveBack, takeFromWindow, type WindowPolicy } from './throttle-counters.ts';

export interface VerificationThrottle {
  /** Takes a check for this address, or says how long it must wait. */
  attempt(ip: string, now: Date): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }>;
  /** The code was genuine: the check does not count. */
  genuine(ip: string, now: Date): Promise<void>;
}

/** Unknown codes an address may try per window; genuine documents never count. */
export const verificationThrottleLimits: WindowPolicy = { attempts: 20, windowMs: 10 * 60_000 };

export function createVerificationThrottle(db: Db): VerificationThrottle {
  return {
    async attempt(ip, now) {
      const taken = await takeFromWindow(db, 'code-address', addressKey(ip), verificationThrottleLimits, now);
      return taken.taken ? { allowed: true } : { allowed: false, retryAfterMs: taken.retryAfterMs };
    },
    async genuine(ip, now) {
      await giveBack(db, 'code-address', addressKey(ip), now);
    },
  };
}
