import { describe, expect, it } from 'vitest';
import { canonicalJson } from './content-hash.ts';

describe('canonicalJson', () => {
  it('writes scalars as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(-42)).toBe('-42');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson('')).toBe('""');
    expect(canonicalJson('Şəki "küçəsi"\n\\ 😀')).toBe('"Şəki \\"küçəsi\\"\\n\\\\ 😀"');
  });

  it('sorts object keys and leaves no whitespace', () => {
    expect(canonicalJson({ b: 1, a: 2, c: { z: true, y: null } })).toBe(
      '{"a":2,"b":1,"c":{"y":null,"z":true}}',
    );
  });

  it('gives the same text whatever order the keys came in', () => {
    const one = { applicant: { name: 'Aida', pin: '5ZX7K2P' }, answers: { size: 3, from: '2026-05-01' } };
    const two = { answers: { from: '2026-05-01', size: 3 }, applicant: { pin: '5ZX7K2P', name: 'Aida' } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(canonicalJson(one)).toBe(
      '{"answers":{"from":"2026-05-01","size":3},"applicant":{"name":"Aida","pin":"5ZX7K2P"}}',
    );
  });

  it('sorts keys by code unit, so upper case comes before lower case and digits first', () => {
    expect(canonicalJson({ b: 1, B: 2, '10': 3, '9': 4, _: 5, ä: 6 })).toBe(
      '{"10":3,"9":4,"B":2,"_":5,"b":1,"ä":6}',
    );
  });

  it('keeps arrays in order and sorts the objects inside them', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([{ b: 1, a: 2 }, [], {}])).toBe('[{"a":2,"b":1},[],{}]');
    expect(canonicalJson({ list: [[{ y: 1, x: 2 }]] })).toBe('{"list":[[{"x":2,"y":1}]]}');
  });

  it('drops undefined members and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: 1, c: undefined })).toBe('{"b":1}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
    expect(canonicalJson([1, undefined, 3])).toBe('[1,null,3]');
  });

  it('escapes keys', () => {
    expect(canonicalJson({ 'a"b': 1, 'new\nline': 2 })).toBe('{"a\\"b":1,"new\\nline":2}');
  });

  it('honours toJSON, so dates become ISO strings', () => {
    expect(canonicalJson({ at: new Date('2026-04-10T07:00:00Z') })).toBe('{"at":"2026-04-10T07:00:00.000Z"}');
    expect(canonicalJson({ x: { toJSON: () => ({ b: 1, a: 2 }) } })).toBe('{"x":{"a":2,"b":1}}');
  });

  it('agrees with JSON.stringify when keys are already sorted', () => {
    const value = { a: [1, 'two', { b: null, c: false }], d: { e: 1.25 }, f: 'ж' };
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { b: 1, a: 1 };
    expect(canonicalJson({ x: shared, y: shared, z: [shared] })).toBe(
      '{"x":{"a":1,"b":1},"y":{"a":1,"b":1},"z":[{"a":1,"b":1}]}',
    );
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a nested -Infinity', { a: [Number.NEGATIVE_INFINITY] }],
    ['a bigint', { a: 1n }],
    ['a function', { a: () => 1 }],
    ['a symbol', [Symbol('x')]],
    ['undefined', undefined],
  ])('refuses %s', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('refuses circular references', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop['self'] = loop;
    expect(() => canonicalJson(loop)).toThrow(TypeError);
    const list: unknown[] = [];
    list.push({ list });
    expect(() => canonicalJson(list)).toThrow(TypeError);
  });
});
