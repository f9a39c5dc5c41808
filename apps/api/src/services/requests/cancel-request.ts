// Cancellation: by the resident before assignment, by the dispatcher with a reason the resident sees.
import { notAllowed } from '../../errors.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';

export interface CancelRequestInput {
  requestId: string;
  version: number;
  reasonCode?: string | null;
  comment?: string | null;
}

export function cancelRequest(deps: ServiceDeps, actor: Actor, input: CancelRequestInput) {
  if (actor.role !== 'RESIDENT' && actor.role !== 'DISPATCHER') throw notAllowed();
  return transitionRequest(deps, actor, {
    ...input,
    action: actor.role === 'RESIDENT' ? 'cancelByResident' : 'cancelByDispatcher',
  });
}
