import { describe, expect, it } from 'vitest';
import { applicationStatuses } from '../e-services/application-status.ts';
import { requestStatuses } from '../requests/status.ts';
import { openStatuses, overdueCountingStatuses, resolvedStatuses, share } from './figures.ts';

describe('dashboard figures', () => {
  it('sorts every status of both kinds into open, resolved or cancelled', () => {
    const all = [...requestStatuses, ...applicationStatuses];
    for (const status of all) {
      const places = [
        openStatuses.includes(status),
        resolvedStatuses.includes(status),
        status === 'CANCELLED',
      ];
      expect(places.filter(Boolean), status).toHaveLength(1);
    }
  });

  it('resolves a repair closed without confirmation (the figures count it apart from the confirmed)', () => {
    expect(resolvedStatuses).toContain('CLOSED_UNCONFIRMED');
    expect(resolvedStatuses).toContain('CLOSED');
    expect(openStatuses).not.toContain('CLOSED_UNCONFIRMED');
  });

  it('counts an application as overdue only while the office is on the clock', () => {
    expect(overdueCountingStatuses).toContain('IN_REVIEW');
    expect(overdueCountingStatuses).toContain('REGISTERED');
    expect(overdueCountingStatuses).not.toContain('AWAITING_PAYMENT');
    expect(overdueCountingStatuses).not.toContain('SUBMITTED');
    expect(overdueCountingStatuses).toContain('WORK_DONE');
    for (const status of overdueCountingStatuses) expect(openStatuses).toContain(status);
  });

  it('has no share of nothing', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(0, 4)).toBe(0);
    expect(share(3, 4)).toBe(0.75);
  });
});
