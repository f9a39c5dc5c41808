// Helpers for the meter integration tests: a work order (sealing, unsealing) carried through the whole
// contractor workflow to the resident's confirmation, and a meter put straight on the register.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '../../infra/db/database.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { completeWork } from '../requests/complete-work.ts';
import { confirmWork } from '../requests/resident-decision.ts';
import { verifyWork } from '../requests/review-work.ts';
import { startWork } from '../requests/start-work.ts';

/** Assignment, work, the signed scan, verification and the resident's confirmation: the order is CLOSED. */
export async function runWorkOrder(
  db: Db,
  deps: ServiceDeps,
  orderId: string,
  who: { dispatcher: Actor; contractor: Actor; resident: Actor },
) {
  let r = await db.request.findUniqueOrThrow({ where: { id: orderId } });
  r = await assignRequest(deps, who.dispatcher, {
    requestId: r.id,
    version: r.version,
    contractorOrganizationId: who.contractor.organizationId!,
  });
  expect(r.status).toBe('ASSIGNED');
  r = await startWork(deps, who.contractor, { requestId: r.id, version: r.version });
  const sha256 = randomBytes(32).toString('hex');
  const scan = await db.attachment.create({
    data: {
      uploadedById: who.contractor.userId,
      kind: 'SIGNED_WORK_ORDER',
      fileName: 'signed-order.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 4096,
      sha256,
      storageKey: sha256,
    },
  });
  r = await completeWork(deps, who.contractor, {
    requestId: r.id,
    version: r.version,
    comment: 'Seal PL-7781 fitted',
    signedScanId: scan.id,
  });
  expect(r.status).toBe('WORK_DONE');
  r = await verifyWork(deps, who.dispatcher, { requestId: r.id, version: r.version });
  r = await confirmWork(deps, who.resident, { requestId: r.id, version: r.version });
  expect(r.status).toBe('CLOSED');
  return r;
}

/** A sealed meter in use on `actor`'s home premises, registered directly (no application). */
export async function meterInUse(
  db: Db,
  actor: Actor,
  data: { serialNumber: string; kind?: 'COLD_WATER' | 'HOT_WATER'; initialReading?: number },
) {
  const home = await db.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  return db.meter.create({
    data: {
      premisesId: home.premisesId,
      kind: data.kind ?? 'COLD_WATER',
      serialNumber: data.serialNumber,
      sealNumber: `PL-${data.serialNumber}`,
      status: 'ACTIVE',
      verifiedOn: new Date('2025-06-01T00:00:00Z'),
      verificationDueOn: new Date('2031-06-01T00:00:00Z'),
      initialReading: data.initialReading ?? 10,
      registeredAt: new Date('2026-06-03T09:00:00Z'),
    },
  });
}
