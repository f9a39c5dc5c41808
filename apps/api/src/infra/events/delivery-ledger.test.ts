import { describe, expect, it } from 'vitest';
import { createDeliveryLedger } from './delivery-ledger.ts';

const lagMs = 30_000;

describe('delivery ledger', () => {
  it('admits an event once, however often it is replayed', () => {
    const ledger = createDeliveryLedger({ startPosition: 10n, lagMs });
    expect(ledger.admit('a', 11n)).toBe(true);
    expect(ledger.admit('a', 11n)).toBe(false);
    expect(ledger.has('a', 11n)).toBe(true);
    expect(ledger.admit('b', 12n)).toBe(true);
  });

  it('keeps the floor until a sweep is older than the lag, so a late commit below the highest seen is still read', () => {
    const ledger = createDeliveryLedger({ startPosition: 0n, lagMs });
    ledger.admit('e5', 5n);
    ledger.swept(1_000, 5n);
    // Position 4 commits late (its transaction started before 5's): the floor has not passed it.
    expect(ledger.floor()).toBe(0n);
    ledger.swept(20_000, 5n);
    expect(ledger.floor()).toBe(0n);
    expect(ledger.admit('e4', 4n)).toBe(true);
    ledger.swept(31_000, 7n);
    expect(ledger.floor()).toBe(5n);
  });

  it('forgets what the floor has passed and refuses it by position from then on', () => {
    const ledger = createDeliveryLedger({ startPosition: 0n, lagMs });
    ledger.admit('e1', 1n);
    ledger.admit('e2', 2n);
    ledger.admit('e3', 3n);
    ledger.swept(0, 2n);
    ledger.swept(lagMs, 3n);
    expect(ledger.floor()).toBe(2n);
    expect(ledger.size()).toBe(1);
    expect(ledger.admit('e1', 1n)).toBe(false);
    expect(ledger.admit('e3', 3n)).toBe(false);
  });

  it('moves the floor to the newest sample old enough, not to a newer one', () => {
    const ledger = createDeliveryLedger({ startPosition: 0n, lagMs });
    ledger.swept(0, 10n);
    ledger.swept(5_000, 20n);
    ledger.swept(10_000, 30n);
    ledger.swept(36_000, 40n);
    expect(ledger.floor()).toBe(20n);
  });

  it('judges events from before its start by id only (they are not covered by its sweeps)', () => {
    const ledger = createDeliveryLedger({ startPosition: 100n, lagMs });
    expect(ledger.has('old', 50n)).toBe(false);
    expect(ledger.admit('old', 50n)).toBe(true);
    expect(ledger.admit('old', 50n)).toBe(false);
  });

  it('forgets the oldest beyond its cap', () => {
    const ledger = createDeliveryLedger({ startPosition: 0n, lagMs, maxRemembered: 2 });
    ledger.admit('a', 1n);
    ledger.admit('b', 2n);
    ledger.admit('c', 3n);
    expect(ledger.size()).toBe(2);
    expect(ledger.has('a', 1n)).toBe(false);
    expect(ledger.has('c', 3n)).toBe(true);
  });
});
