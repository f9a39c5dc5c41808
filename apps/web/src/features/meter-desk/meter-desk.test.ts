import { describe, expect, it } from 'vitest';
import { csvDataUrl, meterDeskHref, readingFloor, readingsCsvFileName } from './meter-desk.ts';

describe('readingFloor', () => {
  const readings = [
    { period: '2026-12-01', value: 150 },
    { period: '2026-10-01', value: 130 },
    { period: '2026-11-01', value: 140 },
  ];

  it('is the latest earlier month’s reading, whatever the order', () => {
    expect(readingFloor({ initialReading: 100, readings }, '2026-12-01')).toBe(140);
  });

  it('is the reading at registration without earlier readings, or when they are below it', () => {
    expect(readingFloor({ initialReading: 100, readings: [] }, '2026-12-01')).toBe(100);
    expect(readingFloor({ initialReading: 200, readings }, '2027-01-01')).toBe(200);
  });
});

describe('the CSV download', () => {
  it('is named after the meter and the day', () => {
    expect(readingsCsvFileName('SV-15-778812', '2026-12-02')).toBe(
      'meter-SV-15-778812-readings-2026-12-02.csv',
    );
    expect(readingsCsvFileName('A/B 7', '2026-12-02')).toBe('meter-A-B-7-readings-2026-12-02.csv');
    expect(readingsCsvFileName('///', '2026-12-02')).toBe('meter-readings-2026-12-02.csv');
  });

  it('is a data URL of the CSV as UTF-8', () => {
    const url = csvDataUrl('\uFEFFМесяц,Показания\r\n2026-11,"1,5"\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(
      '\uFEFFМесяц,Показания\r\n2026-11,"1,5"\r\n',
    );
  });
});

describe('meterDeskHref', () => {
  it('keeps the search text', () => {
    expect(meterDeskHref('  Баумана 7 ')).toBe(
      '/dispatcher/meters?q=%D0%91%D0%B0%D1%83%D0%BC%D0%B0%D0%BD%D0%B0+7',
    );
    expect(meterDeskHref('', 'm-1')).toBe('/dispatcher/meters/m-1');
    expect(meterDeskHref('1000', 'm-1')).toBe('/dispatcher/meters/m-1?q=1000');
  });
});
