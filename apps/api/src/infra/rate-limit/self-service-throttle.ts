// Signing up and asking for a password reset send a message to whatever address is typed, so both are
// limited per client address (one address cannot mail the whole city) and per typed address (one mailbox
// is not flooded). The typed address is counted by its SHA-256, whether or not an account uses it, so a
// refusal tells nothing about who has an account. An attempt is taken from both counters before anything
// is looked up; one the typed address refuses is given back to the client address.
import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { addressKey } from './address-key.ts';
import { giveBack, takeFromWindow, type ThrottleScope, type WindowPolicy } from './throttle-counters.ts';

export type SelfServiceAction = 'register' | 'reset';

export const selfServiceThrottleLimits: Record<
  SelfServiceAction,
  { perAddress: WindowPolicy; perContact: WindowPolicy }
> = {
  // A household signing up its members, a library's computers: 30 an hour from one client address.
  register: {
    perAddress: { attempts: 30, windowMs: 3600_000 },
    perContact: { attempts: 3, windowMs: 3600_000 },
  },
  reset: {
    perAddress: { attempts: 30, windowMs: 3600_000 },
    perContact: { attempts: 3, windowMs: 3600_000 },
  },
};

const scopes: Record<SelfServiceAction, { address: ThrottleScope; contact: ThrottleScope }> = {
  register: { address: 'register-address', contact: 'register-contact' },
  reset: { address: 'reset-address', contact: 'reset-account' },
};

export interface SelfServiceThrottle {
  /** Takes one `action` for this client address and typed e-mail or phone, or says how long to wait. */
  attempt(
    action: SelfServiceAction,
    ip: string,
    contact: string,
    now: Date,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterMs: number }>;
}

const contactKey = (contact: string) =>
  createHash('sha256').update(contact.trim().toLowerCase()).digest('hex');

export function createSelfServiceThrottle(db: Db): SelfServiceThrottle {
  return {
    async attempt(action, ip, contact, now) {
      const limits = selfServiceThrottleLimits[action];
      const scope = scopes[action];
      const address = addressKey(ip);
      const byAddress = await takeFromWindow(db, scope.address, address, limits.perAddress, now);
      if (!byAddress.taken) return { allowed: false, retryAfterMs: byAddress.retryAfterMs };
      const byContact = await takeFromWindow(db, scope.contact, contactKey(contact), limits.perContact, now);
      if (byContact.taken) return { allowed: true };
      await giveBack(db, scope.address, address, now);
      return { allowed: false, retryAfterMs: byContact.retryAfterMs };
    },
  };
}
