import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.ts';

const fiveDayWeek = { weekend: [6, 7], holidays: ['2026-11-04'] };

describe('isWorkingDay', () => {
  it('excludes weekend days and holidays', () => {
    expect(isWorkingDay('2026-11-03', fiveDayWeek)).toBe(true); // Tuesday
    expect(isWorkingDay('2026-11-04', fiveDayWeek)).toBe(false); // holiday
    expect(isWorkingDay('2026-11-07', fiveDayWeek)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-08', fiveDayWeek)).toBe(false); // Sunday
  });

  it('follows a Friday weekend', () => {
    const iran = { weekend: [5], holidays: [] };
    expect(isWorkingDay('2026-07-09', iran)).toBe(true); // Thursday
    expect(isWorkingDay('2026-07-10', iran)).toBe(false); // Friday
    expect(isWorkingDay('2026-07-11', iran)).toBe(true); // Saturday
  });

  it('counts a weekend day declared a working day, unless it is also a holiday', () => {
    const transfer = { weekend: [6, 7], holidays: ['2026-11-14'], workingDays: ['2026-11-07', '2026-11-14'] };
    expect(isWorkingDay('2026-11-07', transfer)).toBe(true);
    expect(isWorkingDay('2026-11-14', transfer)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('never counts the starting day', () => {
    expect(addWorkingDays('2026-11-02', 1, fiveDayWeek)).toBe('2026-11-03'); // Monday → Tuesday
    expect(addWorkingDays('2026-11-07', 1, fiveDayWeek)).toBe('2026-11-09'); // Saturday → Monday
  });

  it('skips weekends and holidays', () => {
    expect(addWorkingDays('2026-11-03', 1, fiveDayWeek)).toBe('2026-11-05');
    expect(addWorkingDays('2026-11-03', 3, fiveDayWeek)).toBe('2026-11-09');
    expect(addWorkingDays('2026-11-06', 1, fiveDayWeek)).toBe('2026-11-09');
  });

  it('refuses a count that is not a positive integer', () => {
    for (const count of [0, -1, 1.5, Number.NaN]) {
      expect(() => addWorkingDays('2026-11-02', count, fiveDayWeek)).toThrow(RangeError);
    }
  });

  it('refuses a calendar without working days instead of looping forever', () => {
    expect(() => addWorkingDays('2026-11-02', 1, { weekend: [1, 2, 3, 4, 5, 6, 7], holidays: [] })).toThrow(
      RangeError,
    );
  });
});
