// The per-uploader quota (packages/domain: files and bytes in any 24 hours), enforced against the
// attachment rows themselves. Two uploads racing at the edge take turns on the uploader's row lock,
// taken in the transaction that records the attachment, so the second one counts the first.
import { fitsUploadQuota, uploadAllowance, uploadQuotaOf, uploadQuotaWindowMs } from '@citydesk/domain';
import { AppError } from '../../errors.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import type { Actor } from '../context.ts';

const megabyte = 1024 * 1024;

/**
 * Makes concurrent uploads of one user take turns until the transaction ends. `FOR NO KEY UPDATE`,
 * not `FOR UPDATE`: rows that merely reference the user (sessions, requests, this attachment) are not
 * held up by it.
 */
export async function lockUploaderQuota(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM app_user WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
}

/**
 * UPLOAD_QUOTA_EXCEEDED if one more file of `sizeBytes` would pass the actor's quota at `now`, else
 * null. Only a count and a sum on the way in; the uploads themselves are read only to say when the
 * next one fits, shown in the city's time zone.
 */
export async function uploadQuotaRefusal(
  db: Db | Tx,
  actor: Actor,
  sizeBytes: number,
  now: Date,
): Promise<AppError | null> {
  const quota = uploadQuotaOf(actor.role);
  const where = {
    uploadedById: actor.userId,
    createdAt: { gt: new Date(now.getTime() - uploadQuotaWindowMs), lte: now },
  };
  const used = await db.attachment.aggregate({ where, _count: { _all: true }, _sum: { sizeBytes: true } });
  if (fitsUploadQuota(used._count._all, used._sum.sizeBytes ?? 0, sizeBytes, quota)) return null;
  const earlier = await db.attachment.findMany({ where, select: { createdAt: true, sizeBytes: true } });
  const allowance = uploadAllowance(earlier, sizeBytes, now, quota);
  if (allowance.ok) return null;
  return new AppError('UPLOAD_QUOTA_EXCEEDED', {
    params: {
      files: quota.files,
      megabytes: Math.round(quota.bytes / megabyte),
      retryAt: allowance.retryAt.toISOString(),
      timeZone: await timeZoneOf(db, actor),
    },
  });
}

/** The time zone of the actor's city: their organization's, or (a resident) their home's; else UTC. */
async function timeZoneOf(db: Db | Tx, actor: Actor): Promise<string> {
  if (actor.cityId) {
    const city = await db.city.findUnique({ where: { id: actor.cityId }, select: { timeZone: true } });
    if (city) return city.timeZone;
  }
  const home = await db.occupancy.findFirst({
    where: { userId: actor.userId },
    select: {
      premises: {
        select: { building: { select: { district: { select: { city: { select: { timeZone: true } } } } } } },
      },
    },
  });
  return home?.premises.building.district.city.timeZone ?? 'UTC';
}
