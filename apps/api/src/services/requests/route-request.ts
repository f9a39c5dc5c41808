// The administrator routes a request from the "unrouted" queue to a management company.
import { invalidInput } from '../../errors.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

export async function routeRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number; organizationId: string; comment?: string | null },
) {
  assertCan(actor, 'request:route');
  const company = await deps.db.organization.findFirst({
    where: { id: input.organizationId, kind: 'MANAGEMENT_COMPANY', cityId: actor.cityId ?? '' },
  });
  if (!company) throw invalidInput([{ field: 'organizationId', code: 'invalid_choice' }]);
  return transitionRequest(deps, actor, {
    requestId: input.requestId,
    version: input.version,
    comment: input.comment ?? null,
    action: 'routeByAdministrator',
    changes: { organizationId: company.id },
    data: { organizationId: company.id, organizationName: company.name },
  });
}
