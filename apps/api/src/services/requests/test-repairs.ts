// Helpers for repair-request integration tests: the demo city's people one request passes through, and a request
// taken through the real services to the company's verification or to the platform's auto-close.
import type { Db } from '../../infra/db/database.ts';
import { actorFor } from '../../test/actors.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { assignRequest } from './assign-request.ts';
import { autoCloseUnansweredRequests } from './auto-close.ts';
import { fileRequest } from './file-request.ts';
import { verifyWork } from './review-work.ts';
import { startWork } from './start-work.ts';
import { transitionRequest } from './transition-request.ts';

export interface RepairCrew {
  resident: Actor;
  dispatcher: Actor;
  contractor: Actor;
}

/** resident@, the management company that serves them, and its contractor. */
export async function repairCrew(db: Db): Promise<RepairCrew> {
  return {
    resident: await actorFor(db, 'resident@demo.citydesk'),
    dispatcher: await actorFor(db, 'dispatcher@demo.citydesk'),
    contractor: await actorFor(db, 'contractor@demo.citydesk'),
  };
}

/** The resident's roof-leak request, verified by the company and waiting for the resident's answer. */
export async function verifiedRepair(deps: ServiceDeps, crew: RepairCrew) {
  const premises = await deps.db.occupancy.findFirstOrThrow({ where: { userId: crew.resident.userId } });
  const category = await deps.db.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
  const r = await fileRequest(deps, crew.resident, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'Water comes through the ceiling after rain',
    contactPhone: '+79175551234',
  });
  return workedAndVerified(deps, crew, r);
}

/** A routed or reopened request given to the contractor, done and verified again. */
export async function workedAndVerified(
  deps: ServiceDeps,
  crew: RepairCrew,
  request: { id: string; version: number },
) {
  let r = await assignRequest(deps, crew.dispatcher, {
    requestId: request.id,
    version: request.version,
    contractorOrganizationId: crew.contractor.organizationId!,
  });
  r = await startWork(deps, crew.contractor, { requestId: r.id, version: r.version });
  r = await transitionRequest(deps, crew.contractor, {
    requestId: r.id,
    version: r.version,
    action: 'completeWork',
  });
  return verifyWork(deps, crew.dispatcher, { requestId: r.id, version: r.version });
}

/**
 * A verified request nobody answered, closed by the platform without confirmation: `advance` moves the test clock
 * past `afterMs` before the auto-close runs. Returns the row as the auto-close left it.
 */
export async function autoClosedRepair(
  t: { deps: ServiceDeps; advance: (ms: number) => void },
  crew: RepairCrew,
  options: { afterMs: number; reopenWithinDays: number },
) {
  const r = await verifiedRepair(t.deps, crew);
  t.advance(options.afterMs + 1);
  await autoCloseUnansweredRequests(t.deps, options);
  return t.deps.db.request.findUniqueOrThrow({ where: { id: r.id } });
}
