import { describe, expect, it } from 'vitest';
import {
  applicationStatuses,
  clockedApplicationStatuses,
  isApplicationStatus,
  isTerminalApplicationStatus,
  openApplicationStatuses,
  terminalApplicationStatuses,
} from './application-status.ts';

describe('application statuses', () => {
  it('lists the seven statuses in lifecycle order', () => {
    expect(applicationStatuses).toEqual([
      'SUBMITTED',
      'REGISTERED',
      'IN_REVIEW',
      'AWAITING_PAYMENT',
      'APPROVED',
      'REFUSED',
      'INVALID',
    ]);
  });

  it('ends in approval, refusal or invalidation', () => {
    expect(terminalApplicationStatuses).toEqual(['APPROVED', 'REFUSED', 'INVALID']);
    for (const status of applicationStatuses)
      expect(isTerminalApplicationStatus(status)).toBe(['APPROVED', 'REFUSED', 'INVALID'].includes(status));
  });

  it('keeps everything undecided open', () => {
    expect(openApplicationStatuses).toEqual(['SUBMITTED', 'REGISTERED', 'IN_REVIEW', 'AWAITING_PAYMENT']);
  });

  it('recognises statuses from untrusted input', () => {
    for (const status of applicationStatuses) expect(isApplicationStatus(status)).toBe(true);
    for (const value of ['approved', 'NEW', 'CLOSED', '', null, undefined, 3, {}])
      expect(isApplicationStatus(value)).toBe(false);
  });

  it('runs the SLA clock only while the organization owes the next step', () => {
    expect([...clockedApplicationStatuses]).toEqual(['REGISTERED', 'IN_REVIEW']);
    for (const status of clockedApplicationStatuses) expect(openApplicationStatuses).toContain(status);
  });
});
