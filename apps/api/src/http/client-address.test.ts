import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, compileTrustProxy, requestOrigin } from './client-address.ts';

const request = (peer: string, headers: Record<string, string>, encrypted = false) =>
  ({
    socket: { remoteAddress: peer, encrypted },
    connection: { remoteAddress: peer },
    headers,
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('takes X-Forwarded-For only from a trusted proxy', () => {
    const trust = compileTrustProxy(['10.0.0.0/8']);
    expect(clientAddress(request('10.1.2.3', { 'x-forwarded-for': '203.0.113.7' }), trust)).toBe(
      '203.0.113.7',
    );
    expect(clientAddress(request('198.51.100.9', { 'x-forwarded-for': '203.0.113.7' }), trust)).toBe(
      '198.51.100.9',
    );
  });

  it('stops at the first untrusted hop, so a client cannot prepend an address of its choice', () => {
    const trust = compileTrustProxy(['10.0.0.1']);
    const forged = request('10.0.0.1', { 'x-forwarded-for': '192.0.2.66, 203.0.113.7' });
    expect(clientAddress(forged, trust)).toBe('203.0.113.7');
  });

  it('trusts as many hops as a hop count says', () => {
    const req = request('10.0.0.1', { 'x-forwarded-for': '192.0.2.66, 203.0.113.7, 10.0.0.2' });
    expect(clientAddress(req, compileTrustProxy(1))).toBe('10.0.0.2');
    expect(clientAddress(req, compileTrustProxy(2))).toBe('203.0.113.7');
    expect(clientAddress(req, compileTrustProxy(0))).toBe('10.0.0.1');
  });
});

describe('requestOrigin', () => {
  const loopback = compileTrustProxy(['loopback']);

  it('is the scheme, host and port the client addressed', () => {
    expect(requestOrigin(request('192.0.2.1', { host: 'city.example:8080' }), loopback)).toBe(
      'http://city.example:8080',
    );
    expect(requestOrigin(request('192.0.2.1', { host: 'city.example' }, true), loopback)).toBe(
      'https://city.example',
    );
  });

  it('believes X-Forwarded-Proto and -Host from a trusted proxy only', () => {
    const headers = {
      host: 'localhost:4000',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'city.example',
    };
    expect(requestOrigin(request('127.0.0.1', headers), loopback)).toBe('https://city.example');
    expect(requestOrigin(request('192.0.2.1', headers), loopback)).toBe('http://localhost:4000');
  });

  it('is null without a usable host', () => {
    expect(requestOrigin(request('192.0.2.1', {}), loopback)).toBeNull();
    expect(requestOrigin(request('192.0.2.1', { host: 'bad host/x' }), loopback)).toBeNull();
  });
});
