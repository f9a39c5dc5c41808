import { describe, expect, it } from 'vitest';
import { presetRange, readFilter, toQueryFilter } from './filter.ts';

describe('dashboard filter', () => {
  it('turns presets into inclusive date ranges ending today', () => {
    expect(presetRange('7d', '2026-11-25')).toEqual({ from: '2026-11-19', to: '2026-11-25' });
    expect(presetRange('90d', '2026-11-25')).toEqual({ from: '2026-08-28', to: '2026-11-25' });
    expect(presetRange('12m', '2026-11-25')).toEqual({ from: '2025-11-26', to: '2026-11-25' });
  });

  it('reads the URL and leaves empty choices out of the query', () => {
    const state = readFilter(new URLSearchParams('period=custom&from=2026-01-01&to=2026-01-31&district=d1'));
    expect(toQueryFilter(state, '2026-11-25')).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      districtId: 'd1',
    });
    const fallback = readFilter(new URLSearchParams('period=bogus&kind=NOPE'));
    expect(fallback.period).toBe('90d');
    expect(fallback.kind).toBe('');
  });
});
