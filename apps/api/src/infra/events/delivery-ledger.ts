// The receiving side's memory (see event-relay.ts): which events this instance has delivered, so a
// replay (the table sweep, a relay retry after a lost acknowledgement) never delivers one twice, and
// the floor below which the table holds nothing this instance has not delivered yet.
//
// The floor is where the next sweep starts reading. It may only pass a position once no transaction
// that could still commit an event below it is open: a sweep that started at time t and saw positions
// up to M proves "everything ≤ M is visible or never will be" only `lagMs` later (lagMs longer than
// any transaction that writes events lives). So each sweep leaves a sample (t, M) and the floor moves
// to the newest sample at least lagMs old.

export interface DeliveryLedger {
  /** True when the event is new here: record it and let the caller deliver it. False for a repeat. */
  admit(eventId: string, position: bigint): boolean;
  /** Whether the event has been delivered (or is below the floor). */
  has(eventId: string, position: bigint): boolean;
  /** A sweep that started at `startedAt` read every event after the floor; `maxVisible` is the highest. */
  swept(startedAt: number, maxVisible: bigint): void;
  /** Every committed event above the start position and at or below this has been delivered. */
  floor(): bigint;
  /** Events remembered above the floor. */
  size(): number;
}

export function createDeliveryLedger(options: {
  /** The table's highest position when this instance started: older events are none of its business. */
  startPosition: bigint;
  lagMs: number;
  /** A cap on memory for when sweeps cannot run (the database is away): the oldest are forgotten. */
  maxRemembered?: number;
}): DeliveryLedger {
  const start = options.startPosition;
  const maxRemembered = options.maxRemembered ?? 100_000;
  let floor = start;
  const remembered = new Map<string, bigint>();
  const samples: { at: number; max: bigint }[] = [];

  const has = (eventId: string, position: bigint) =>
    (position <= floor && position > start) || remembered.has(eventId);

  return {
    has,
    admit(eventId, position) {
      if (has(eventId, position)) return false;
      remembered.set(eventId, position);
      if (remembered.size > maxRemembered) remembered.delete(remembered.keys().next().value!);
      return true;
    },
    swept(startedAt, maxVisible) {
      samples.push({ at: startedAt, max: maxVisible });
      let safe: bigint | null = null;
      while (samples.length > 0 && samples[0]!.at <= startedAt - options.lagMs) safe = samples.shift()!.max;
      if (safe === null || safe <= floor) return;
      floor = safe;
      for (const [id, position] of remembered) if (position <= floor) remembered.delete(id);
    },
    floor: () => floor,
    size: () => remembered.size,
  };
}
