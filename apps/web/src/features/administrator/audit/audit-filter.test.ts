import { describe, expect, it } from 'vitest';
import { apiFilter, hasFilters, noFilters } from './audit-filter.ts';

describe('apiFilter', () => {
  it('sends nothing without filters', () => {
    expect(apiFilter(noFilters, 'Europe/Moscow')).toBeNull();
    expect(hasFilters(noFilters)).toBe(false);
  });

  it('turns the city’s local days into instants, the last day included whole', () => {
    expect(apiFilter({ ...noFilters, from: '2026-11-01', to: '2026-11-30' }, 'Europe/Moscow')).toEqual({
      from: '2026-10-31T21:00:00.000Z',
      to: '2026-11-30T21:00:00.000Z',
    });
    expect(apiFilter({ ...noFilters, to: '2026-03-29' }, 'Asia/Tehran')).toEqual({
      to: '2026-03-29T20:30:00.000Z',
    });
  });

  it('passes the action, the person and the object, and ignores a half-typed date', () => {
    const filter = {
      action: 'auth',
      from: '2026-11',
      to: '',
      actor: { id: 'u-1', name: 'Tatiana' },
      target: { id: 'r-1', label: 'Request KZN-1' },
    };
    expect(apiFilter(filter, 'Europe/Moscow')).toEqual({ action: 'auth', actorId: 'u-1', targetId: 'r-1' });
    expect(hasFilters(filter)).toBe(true);
  });
});
