// Only the resident's confirmation closes a request as done; a rejection (with a reason) reopens it, and so does
// reopening one the platform closed without their confirmation, while its window lasts.
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

type Decision = { requestId: string; version: number; reasonCode: string; comment?: string | null };

export async function confirmWork(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number },
) {
  assertCan(actor, 'request:confirm');
  return transitionRequest(deps, actor, { ...input, action: 'confirm' });
}

export async function rejectWork(deps: ServiceDeps, actor: Actor, input: Decision) {
  assertCan(actor, 'request:reject');
  return transitionRequest(deps, actor, { ...input, action: 'reject' });
}

/**
 * Reopens a CLOSED_UNCONFIRMED request: it goes back to the company as a rejected one does. Refused with
 * REOPEN_WINDOW_CLOSED after the request's `reopenUntil` (checked in the transaction), NOT_FOUND for anyone
 * else's request, NOT_ALLOWED from any other status.
 */
export async function reopenRequest(deps: ServiceDeps, actor: Actor, input: Decision) {
  assertCan(actor, 'request:reopen');
  return transitionRequest(deps, actor, { ...input, action: 'reopen' });
}
