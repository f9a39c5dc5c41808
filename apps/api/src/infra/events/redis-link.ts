// The relay's two Redis connections (SUBSCRIBE needs one of its own) and whether Redis is there.
// Both reconnect forever (ioredis); commands fail at once while a connection is down instead of
// queueing (the relay queue does the waiting), and one log line marks each outage and each recovery.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../../logger.ts';
import { outageReason } from '../outage-reason.ts';

export interface RedisLink {
  publish(payload: string): Promise<unknown>;
  /** Both connections are ready and the subscription is registered. */
  isUp(): boolean;
  /** Why Redis is away (null while it is up). */
  reason(): string | null;
  /** Called on every change between up and down. */
  onChange(listener: (up: boolean) => void): void;
  /** Resolves true once up, or false after `timeoutMs`. */
  whenUp(timeoutMs: number): Promise<boolean>;
  close(): void;
}

export function connectRedisLink(options: {
  url: string;
  channel: string;
  log: Logger;
  onMessage: (payload: string) => void;
}): RedisLink {
  const { url, channel, log } = options;
  const common: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  };
  const publisher = new Redis(url, { ...common, connectionName: 'citydesk-events-publish' });
  const subscriber = new Redis(url, {
    ...common,
    autoResubscribe: false,
    connectionName: 'citydesk-events-subscribe',
  });
  const listeners = new Set<(up: boolean) => void>();
  let publisherReady = false;
  let subscribed = false;
  let up: boolean | null = null;
  let lastReason: string | null = null;
  let closing = false;

  /** `lost`: a connection closed (or the first attempt took too long), not merely "not ready yet". */
  function update(lost = false) {
    const now = publisherReady && subscribed;
    if (closing || now === up || (up === null && !now && !lost)) return;
    const before = up;
    up = now;
    if (now) lastReason = null;
    if (!now)
      log.warn(
        { reason: lastReason },
        'Redis unavailable: live events go through the database until it returns',
      );
    else if (before === false) log.info('Redis available again: live events relayed through it');
    for (const listener of listeners) listener(now);
  }
  const noteError = (error: unknown) => {
    lastReason = outageReason(error, 'connection lost');
    log.debug({ err: error }, 'Redis connection error');
  };

  publisher.on('error', noteError);
  subscriber.on('error', noteError);
  publisher.on('ready', () => {
    publisherReady = true;
    update();
  });
  publisher.on('close', () => {
    publisherReady = false;
    lastReason ??= 'connection lost';
    update(true);
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(() => {
      subscribed = true;
      update();
    }, noteError);
  });
  subscriber.on('close', () => {
    subscribed = false;
    lastReason ??= 'connection lost';
    update(true);
  });
  subscriber.on('message', (from: string, payload: string) => {
    if (from === channel) options.onMessage(payload);
  });
  // A first attempt that fails counts as an outage from the start.
  const firstAttempt = setTimeout(() => update(true), 2_000);
  firstAttempt.unref();

  return {
    publish: (payload) => publisher.publish(channel, payload),
    isUp: () => up === true,
    reason: () => (up === true ? null : (lastReason ?? 'connecting')),
    onChange: (listener) => void listeners.add(listener),
    whenUp: (timeoutMs) =>
      new Promise((resolve) => {
        if (up === true) return resolve(true);
        const listener = (now: boolean) => {
          if (!now) return;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          resolve(false);
        }, timeoutMs);
        listeners.add(listener);
      }),
    close() {
      closing = true;
      clearTimeout(firstAttempt);
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
