import { describe, expect, it } from 'vitest';
import { isOpen, isRequestStatus, isTerminal, openRequestStatuses, requestStatuses } from './status.ts';

describe('request statuses', () => {
  it('lists the eleven statuses of the lifecycle', () => {
    expect(requestStatuses).toEqual([
      'NEW',
      'ROUTED',
      'ASSIGNED',
      'IN_PROGRESS',
      'WORK_DONE',
      'VERIFIED',
      'CLOSED',
      'CLOSED_UNCONFIRMED',
      'RETURNED',
      'REOPENED',
      'CANCELLED',
    ]);
  });

  it('treats only CLOSED, CLOSED_UNCONFIRMED and CANCELLED as terminal', () => {
    const terminal = requestStatuses.filter(isTerminal);
    expect(terminal).toEqual(['CLOSED', 'CLOSED_UNCONFIRMED', 'CANCELLED']);
  });

  it('treats every other status as open', () => {
    const open = requestStatuses.filter(isOpen);
    expect(open).toEqual([
      'NEW',
      'ROUTED',
      'ASSIGNED',
      'IN_PROGRESS',
      'WORK_DONE',
      'VERIFIED',
      'RETURNED',
      'REOPENED',
    ]);
    for (const status of requestStatuses) expect(isOpen(status)).toBe(!isTerminal(status));
  });

  it('recognises statuses from untrusted input', () => {
    for (const status of requestStatuses) expect(isRequestStatus(status)).toBe(true);
    for (const value of ['new', 'DONE', '', null, undefined, 3]) expect(isRequestStatus(value)).toBe(false);
  });
});

describe('openRequestStatuses', () => {
  it('lists every status but CLOSED, CLOSED_UNCONFIRMED and CANCELLED', () => {
    expect([...openRequestStatuses].sort()).toEqual(
      ['NEW', 'ROUTED', 'ASSIGNED', 'IN_PROGRESS', 'WORK_DONE', 'VERIFIED', 'RETURNED', 'REOPENED'].sort(),
    );
  });
});
