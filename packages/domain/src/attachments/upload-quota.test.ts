import { describe, expect, it } from 'vitest';
import { uploadAllowance, uploadQuotaOf, uploadQuotaWindowMs, type CountedUpload } from './upload-quota.ts';

const now = new Date('2030-03-10T12:00:00Z');
const mb = 1024 * 1024;
const ago = (ms: number) => new Date(now.getTime() - ms);
const hour = 60 * 60_000;
const uploads = (count: number, sizeBytes: number, firstAgoMs: number, stepMs = 60_000): CountedUpload[] =>
  Array.from({ length: count }, (_, i) => ({ createdAt: ago(firstAgoMs - i * stepMs), sizeBytes }));

describe('uploadQuotaOf', () => {
  it('gives residents 200 files / 200 MB a day and staff 1,000 files / 2 GB', () => {
    expect(uploadQuotaOf('RESIDENT')).toEqual({ files: 200, bytes: 200 * mb });
    for (const role of ['DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR'] as const)
      expect(uploadQuotaOf(role)).toEqual({ files: 1000, bytes: 2048 * mb });
  });
});

describe('uploadAllowance', () => {
  const quota = { files: 3, bytes: 10 * mb };

  it('allows uploads while both the count and the bytes fit, up to the last one exactly', () => {
    expect(uploadAllowance([], 10 * mb, now, quota)).toEqual({ ok: true });
    expect(uploadAllowance(uploads(2, 4 * mb, hour), 2 * mb, now, quota)).toEqual({ ok: true });
  });

  it('refuses the file past the count and says when the oldest upload leaves the window', () => {
    const earlier = uploads(3, 1, 3 * hour, hour); // 3 h, 2 h and 1 h ago
    expect(uploadAllowance(earlier, 1, now, quota)).toEqual({
      ok: false,
      retryAt: new Date(ago(3 * hour).getTime() + uploadQuotaWindowMs),
    });
  });

  it('refuses bytes past the quota and waits for enough of them to leave, however old they are', () => {
    // 4 MB 5 h ago and 4 MB 4 h ago: a 6 MB file fits once the first has left the window.
    const earlier = uploads(2, 4 * mb, 5 * hour, hour);
    expect(uploadAllowance(earlier, 6 * mb, now, quota)).toEqual({
      ok: false,
      retryAt: new Date(ago(5 * hour).getTime() + uploadQuotaWindowMs),
    });
    // 9 MB needs both gone: the later one decides.
    expect(uploadAllowance(earlier, 9 * mb, now, quota)).toEqual({
      ok: false,
      retryAt: new Date(ago(4 * hour).getTime() + uploadQuotaWindowMs),
    });
  });

  it('counts only the last 24 hours, in any order given', () => {
    const old = uploads(3, 5 * mb, uploadQuotaWindowMs + hour);
    const exactlyADayAgo = { createdAt: ago(uploadQuotaWindowMs), sizeBytes: 5 * mb };
    expect(uploadAllowance([...old, exactlyADayAgo], 10 * mb, now, quota)).toEqual({ ok: true });
    const shuffled = [...uploads(3, 1, 2 * hour, hour)].reverse();
    expect(uploadAllowance(shuffled, 1, now, quota)).toMatchObject({
      ok: false,
      retryAt: new Date(ago(2 * hour).getTime() + uploadQuotaWindowMs),
    });
  });

  it('refuses a single file larger than the whole quota for a full window', () => {
    expect(uploadAllowance([], 11 * mb, now, quota)).toEqual({
      ok: false,
      retryAt: new Date(now.getTime() + uploadQuotaWindowMs),
    });
  });
});
