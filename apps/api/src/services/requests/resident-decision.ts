// Only the resident's confirmation closes a request; a rejection (with a reason) reopens it.
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';

export function confirmWork(deps: ServiceDeps, actor: Actor, input: { requestId: string; version: number }) {
  return transitionRequest(deps, actor, { ...input, action: 'confirm' });
}

export function rejectWork(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number; reasonCode: string; comment?: string | null },
) {
  return transitionRequest(deps, actor, { ...input, action: 'reject' });
}
