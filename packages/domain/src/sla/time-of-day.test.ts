import { describe, expect, it } from 'vitest';
import { parseTimeOfDay } from './time-of-day.ts';

describe('parseTimeOfDay', () => {
  it('parses HH:MM', () => {
    expect(parseTimeOfDay('09:00')).toEqual({ hour: 9, minute: 0 });
    expect(parseTimeOfDay('18:30')).toEqual({ hour: 18, minute: 30 });
    expect(parseTimeOfDay('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
  });

  it.each([['9:00'], ['24:00'], ['18:60'], ['18.00'], ['18:00:00'], ['']])('refuses %j', (value) => {
    expect(() => parseTimeOfDay(value)).toThrow(RangeError);
  });
});
