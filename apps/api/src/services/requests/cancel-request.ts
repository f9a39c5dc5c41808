// Cancellation: by the resident before assignment, by the dispatcher with a reason the resident sees.
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface CancelRequestInput {
  requestId: string;
  version: number;
  reasonCode?: string | null;
  comment?: string | null;
}

export function cancelRequest(deps: ServiceDeps, actor: Actor, input: CancelRequestInput) {
  assertCan(actor, 'request:cancel');
  return transitionRequest(deps, actor, {
    ...input,
    action: actor.role === 'RESIDENT' ? 'cancelByResident' : 'cancelByDispatcher',
  });
}
