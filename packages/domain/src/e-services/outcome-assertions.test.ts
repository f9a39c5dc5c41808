import { describe, expect, it } from 'vitest';
import { locales } from '../roles.ts';
import {
  assertedAccounts,
  assertionStatements,
  outcomeBlockers,
  type AccountStanding,
  type OutcomeAssertion,
} from './outcome-assertions.ts';
import { serviceSpecSchema } from './definition.ts';

const text = (s: string) =>
  Object.fromEntries(locales.map((l) => [l, `${l}: ${s}`])) as Record<(typeof locales)[number], string>;
const noDebt: OutcomeAssertion = {
  kind: 'NO_DEBT',
  accountField: 'subscriberCode',
  statement: text('no debt on {{account}} as of {{date}}'),
};
const accounts = (entries: [string, AccountStanding][]) => new Map(entries);

describe('outcome assertions', () => {
  it('asks for the account named by the answer, trimmed, once', () => {
    expect(assertedAccounts([noDebt, noDebt], { subscriberCode: ' 100000000002 ' })).toEqual([
      '100000000002',
    ]);
    expect(assertedAccounts([], { subscriberCode: '1' })).toEqual([]);
  });

  it('blocks the outcome while the account owes anything, naming the debt and the account', () => {
    const owing = accounts([['100000000002', { id: 'acc-2', subscriberCode: '100000000002', debt: 184350 }]]);
    expect(outcomeBlockers([noDebt], { subscriberCode: '100000000002' }, owing)).toEqual([
      { code: 'DEBT_OUTSTANDING', subscriberCode: '100000000002', accountId: 'acc-2', debt: 184350 },
    ]);
    const oneKopeck = accounts([['1', { id: 'a', subscriberCode: '1', debt: 1 }]]);
    expect(outcomeBlockers([noDebt], { subscriberCode: '1' }, oneKopeck)).toHaveLength(1);
  });

  it('lets the outcome through when the account owes nothing', () => {
    const clear = accounts([['100000000001', { id: 'acc-1', subscriberCode: '100000000001', debt: 0 }]]);
    expect(outcomeBlockers([noDebt], { subscriberCode: '100000000001' }, clear)).toEqual([]);
  });

  it('cannot certify anything about an account that does not exist', () => {
    expect(outcomeBlockers([noDebt], { subscriberCode: '999' }, accounts([]))).toEqual([
      { code: 'ACCOUNT_NOT_FOUND', subscriberCode: '999' },
    ]);
    expect(outcomeBlockers([noDebt], {}, accounts([]))).toEqual([
      { code: 'ACCOUNT_NOT_FOUND', subscriberCode: '' },
    ]);
  });

  it('has nothing to block for a service that asserts nothing', () => {
    expect(outcomeBlockers([], { subscriberCode: '1' }, accounts([]))).toEqual([]);
  });

  it('states each assertion in every language with the account and that language’s date', () => {
    const [statement] = assertionStatements([noDebt], { subscriberCode: '100000000001' }, (l) => `date-${l}`);
    expect(statement!.ru).toBe('ru: no debt on 100000000001 as of date-ru');
    expect(statement!.fa).toBe('fa: no debt on 100000000001 as of date-fa');
    expect(Object.keys(statement!).sort()).toEqual([...locales].sort());
  });
});

describe('service definitions with assertions', () => {
  const base = {
    summary: text('s'),
    whatHappensNext: text('w'),
    subject: 'NONE',
    steps: [
      { id: 'one', title: text('t'), fields: [{ name: 'subscriberCode', type: 'text', label: text('l') }] },
    ],
    documents: [],
    fee: { kind: 'FREE' },
    signing: 'NONE',
    outcome: 'CERTIFICATE',
    refusalGrounds: [{ code: 'x', label: text('x') }],
  };

  it('defaults to asserting nothing, with unlimited validity and no superseding', () => {
    const spec = serviceSpecSchema.parse(base);
    expect(spec.asserts).toEqual([]);
    expect(spec.validityDays).toBeUndefined();
    expect(spec.supersedeBy).toBeUndefined();
  });

  it('accepts an assertion and superseding that name form fields', () => {
    const spec = serviceSpecSchema.parse({
      ...base,
      asserts: [noDebt],
      validityDays: 30,
      supersedeBy: 'subscriberCode',
    });
    expect(spec.asserts[0]!.kind).toBe('NO_DEBT');
  });

  it('refuses an assertion or superseding that names no field', () => {
    expect(
      serviceSpecSchema.safeParse({ ...base, asserts: [{ ...noDebt, accountField: 'account' }] }).success,
    ).toBe(false);
    expect(serviceSpecSchema.safeParse({ ...base, supersedeBy: 'nothing' }).success).toBe(false);
    expect(serviceSpecSchema.safeParse({ ...base, validityDays: 0 }).success).toBe(false);
  });
});
