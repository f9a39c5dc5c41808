import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('REOPEN_AFTER_AUTO_CLOSE_DAYS', () => {
  it('defaults to 14 days, beside the 5 of AUTO_CLOSE_DAYS', () => {
    const config = loadConfig({});
    expect(config.reopenAfterAutoCloseDays).toBe(14);
    expect(config.autoCloseAfterMs).toBe(5 * 86_400_000);
  });

  it('takes whole or fractional days, 0 meaning the auto-close is final at once', () => {
    expect(loadConfig({ REOPEN_AFTER_AUTO_CLOSE_DAYS: '30' }).reopenAfterAutoCloseDays).toBe(30);
    expect(loadConfig({ REOPEN_AFTER_AUTO_CLOSE_DAYS: '0.5' }).reopenAfterAutoCloseDays).toBe(0.5);
    expect(loadConfig({ REOPEN_AFTER_AUTO_CLOSE_DAYS: '0' }).reopenAfterAutoCloseDays).toBe(0);
    // Unset by an empty value, as in a .env file with `REOPEN_AFTER_AUTO_CLOSE_DAYS=`.
    expect(loadConfig({ REOPEN_AFTER_AUTO_CLOSE_DAYS: '' }).reopenAfterAutoCloseDays).toBe(14);
  });

  it('refuses to start with a negative, absurd or non-numeric window', () => {
    for (const value of ['-1', '366', 'two weeks'])
      expect(() => loadConfig({ REOPEN_AFTER_AUTO_CLOSE_DAYS: value }), value).toThrow(
        /REOPEN_AFTER_AUTO_CLOSE_DAYS/,
      );
  });
});

describe('TRUST_PROXY', () => {
  it('trusts the loopback proxy unless told otherwise', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toEqual(['loopback']);
  });

  it('takes a hop count, a list of addresses and CIDRs, or none', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.10,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.0.2.10',
      'loopback',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'none' }).trustProxy).toEqual([]);
  });

  it('refuses to start with an entry that is no address (such as true: trusting everyone)', () => {
    for (const value of ['true', '10.0.0.0/99', 'proxy.example'])
      expect(() => loadConfig({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
  });
});
