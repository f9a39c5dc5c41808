// How much one person may upload: a rolling 24 hours (not a calendar day), so the quota needs no time
// zone, has no midnight rush, and is counted from the attachment rows themselves. Residents send a few
// photos with a request; contractors and office staff upload signed work orders and scans all day.
import type { Role } from '../roles.ts';

const megabyte = 1024 * 1024;

/** The window the quota counts uploads in: any 24 hours. */
export const uploadQuotaWindowMs = 24 * 60 * 60_000;

/** At most `files` uploads of at most `bytes` in all within any {@link uploadQuotaWindowMs}. */
export interface UploadQuota {
  files: number;
  bytes: number;
}

const residentQuota: UploadQuota = { files: 200, bytes: 200 * megabyte };
const staffQuota: UploadQuota = { files: 1000, bytes: 2048 * megabyte };

/** The upload quota of a role: 200 files / 200 MB a day for residents, 1,000 / 2 GB for staff. */
export function uploadQuotaOf(role: Role): UploadQuota {
  return role === 'RESIDENT' ? residentQuota : staffQuota;
}

/** One earlier upload, as the quota counts it. */
export interface CountedUpload {
  createdAt: Date;
  sizeBytes: number;
}

/** Whether one more file of `sizeBytes` fits after `files` uploads of `bytes` in all within the window. */
export const fitsUploadQuota = (
  files: number,
  bytes: number,
  sizeBytes: number,
  quota: UploadQuota,
): boolean => files + 1 <= quota.files && bytes + sizeBytes <= quota.bytes;

export type UploadAllowance = { ok: true } | { ok: false; retryAt: Date };

/**
 * Whether one more upload of `sizeBytes` fits in `quota` at `now`, given the uploader's earlier uploads
 * (any order; those outside the window are ignored). When not, `retryAt` is the first moment it fits,
 * as the oldest uploads leave the window — or a window from now if the file alone exceeds the quota.
 */
export function uploadAllowance(
  earlier: readonly CountedUpload[],
  sizeBytes: number,
  now: Date,
  quota: UploadQuota,
): UploadAllowance {
  const since = now.getTime() - uploadQuotaWindowMs;
  const counted = earlier
    .filter((u) => u.createdAt.getTime() > since && u.createdAt.getTime() <= now.getTime())
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const fits = (files: number, bytes: number) => fitsUploadQuota(files, bytes, sizeBytes, quota);
  let bytes = counted.reduce((sum, u) => sum + u.sizeBytes, 0);
  if (fits(counted.length, bytes)) return { ok: true };
  if (sizeBytes > quota.bytes) return { ok: false, retryAt: new Date(now.getTime() + uploadQuotaWindowMs) };
  // Let the oldest uploads leave the window one by one until the new one fits.
  for (const [index, upload] of counted.entries()) {
    bytes -= upload.sizeBytes;
    if (fits(counted.length - index - 1, bytes))
      return { ok: false, retryAt: new Date(upload.createdAt.getTime() + uploadQuotaWindowMs) };
  }
  // Not reached: with every earlier upload gone, a file within the quota fits.
  return { ok: false, retryAt: new Date(now.getTime() + uploadQuotaWindowMs) };
}
