// The management company's dispatcher reviews the contractor's work: accepts it, or sends it back.
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface ReviewInput {
  requestId: string;
  version: number;
  comment?: string | null;
}

/** Accepts the work; the resident is asked to confirm it. */
export async function verifyWork(deps: ServiceDeps, actor: Actor, input: ReviewInput) {
  assertCan(actor, 'request:verify');
  return transitionRequest(deps, actor, { ...input, action: 'verify' });
}

/** Sends the work back to the contractor; the reason (comment) is required. */
export async function returnForRework(deps: ServiceDeps, actor: Actor, input: ReviewInput) {
  assertCan(actor, 'request:return');
  return transitionRequest(deps, actor, { ...input, action: 'returnForRework' });
}
