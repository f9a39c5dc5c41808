// Password attempts, limited per account across all addresses (so spreading a guessing attack over many
// addresses gains nothing) and per address with a ceiling high enough for a whole city behind one proxy.
// An attempt is taken from both counters before the password is checked; a success clears the
// account's count and gives the address its attempt back, so the address counts failures only.
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { addressKey } from './address-key.ts';
import {
  clearCounter,
  giveBack,
  takeFromWindow,
  takeWithBackoff,
  type BackoffPolicy,
  type WindowPolicy,
} from './throttle-counters.ts';

export const loginThrottleLimits: { perAccount: BackoffPolicy; perAddress: WindowPolicy } = {
  // 10 attempts, then 15 min, and twice as long after each further failure (30 min, 1 h, … 24 h).
  perAccount: { attempts: 10, windowMs: 15 * 60_000, maxWaitMs: 24 * 3600_000 },
  // 1,000 failures an hour from one address: 500 citizens behind the city's proxy with a typo each pass.
  perAddress: { attempts: 1000, windowMs: 3600_000 },
};

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface LoginThrottle {
  /** Takes an attempt for this account from this address, or says how long to wait. */
  attempt(ip: string, login: string, now: Date): Promise<LoginAttempt>;
  /** The attempt succeeded: the account's failures are forgotten, the address gets its attempt back. */
  succeeded(ip: string, login: string, now: Date): Promise<void>;
  /** The account's failures are forgotten (its password was reset from its mailbox). */
  forgetAccount(login: string): Promise<void>;
}

/** Logins are counted by their SHA-256: the table never holds an address book of who tried to sign in. */
const accountKey = (login: string) => createHash('sha256').update(login.trim().toLowerCase()).digest('hex');

export function createLoginThrottle(db: Db): LoginThrottle {
  return {
    async attempt(ip, login, now) {
      const address = addressKey(ip);
      const byAddress = await takeFromWindow(
        db,
        'login-address',
        address,
        loginThrottleLimits.perAddress,
        now,
      );
      if (!byAddress.taken) return { allowed: false, retryAfterMs: byAddress.retryAfterMs };
      const byAccount = await takeWithBackoff(
        db,
        'login-account',
        accountKey(login),
        loginThrottleLimits.perAccount,
        now,
      );
      if (byAccount.taken) return { allowed: true };
      // Not evaluated, so not counted against the address.
      await giveBack(db, 'login-address', address, now);
      return { allowed: false, retryAfterMs: byAccount.retryAfterMs };
    },
    async succeeded(ip, login, now) {
      await clearCounter(db, 'login-account', accountKey(login));
      await giveBack(db, 'login-address', addressKey(ip), now);
    },
    async forgetAccount(login) {
      await clearCounter(db, 'login-account', accountKey(login));
    },
  };
}
