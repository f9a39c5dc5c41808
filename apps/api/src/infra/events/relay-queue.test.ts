import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { createRelayQueue } from './relay-queue.ts';

const log = createLogger('silent');

/** A Redis stand-in: refuses while `down`, records what it accepted. */
function fakeRedis() {
  const accepted: string[] = [];
  let down = false;
  let attempts = 0;
  return {
    accepted,
    get attempts() {
      return attempts;
    },
    set down(value: boolean) {
      down = value;
    },
    send: async (payload: string) => {
      attempts += 1;
      if (down) throw new Error('connect ECONNREFUSED');
      accepted.push(payload);
    },
  };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(condition()).toBe(true);
}

describe('relay queue', () => {
  it('sends in the order pushed', async () => {
    const redis = fakeRedis();
    const queue = createRelayQueue({ send: redis.send, log });
    for (const p of ['a', 'b', 'c']) queue.push(p);
    await until(() => queue.pending() === 0);
    expect(redis.accepted).toEqual(['a', 'b', 'c']);
  });

  it('keeps retrying the head while Redis is away and sends everything, in order, once it is back', async () => {
    const redis = fakeRedis();
    redis.down = true;
    const queue = createRelayQueue({ send: redis.send, log, initialBackoffMs: 1, maxBackoffMs: 4 });
    for (const p of ['a', 'b', 'c']) queue.push(p);
    await until(() => redis.attempts >= 5);
    expect(queue.pending()).toBe(3);
    expect(redis.accepted).toEqual([]);
    redis.down = false;
    queue.push('d');
    await until(() => queue.pending() === 0);
    expect(redis.accepted).toEqual(['a', 'b', 'c', 'd']);
  });

  it('backs off exponentially, and wake() cuts the wait short', async () => {
    const redis = fakeRedis();
    redis.down = true;
    const queue = createRelayQueue({ send: redis.send, log, initialBackoffMs: 60_000, random: () => 1 });
    queue.push('a');
    await until(() => redis.attempts === 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(redis.attempts).toBe(1);
    redis.down = false;
    queue.wake();
    await until(() => queue.pending() === 0);
    expect(redis.accepted).toEqual(['a']);
    await queue.close();
  });

  it('drops the oldest beyond its limit (the table sweep delivers those)', async () => {
    const redis = fakeRedis();
    redis.down = true;
    const queue = createRelayQueue({ send: redis.send, log, maxPending: 2, initialBackoffMs: 60_000 });
    queue.push('a');
    await until(() => redis.attempts === 1);
    for (const p of ['b', 'c']) queue.push(p);
    expect(queue.pending()).toBe(2);
    redis.down = false;
    queue.wake();
    await until(() => queue.pending() === 0);
    // 'a' is the head being retried; 'b' made room for 'c'.
    expect(redis.accepted).toEqual(['a', 'c']);
  });

  it('flushes on close and then takes nothing more', async () => {
    const redis = fakeRedis();
    const queue = createRelayQueue({ send: redis.send, log });
    queue.push('a');
    await queue.close(1_000);
    queue.push('b');
    expect(redis.accepted).toEqual(['a']);
    expect(queue.pending()).toBe(0);
  });
});
