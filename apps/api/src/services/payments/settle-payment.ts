// A verified provider event settles a payment. The provider's word is checked against our checkout
// (amount and currency must be what we asked for), and every event is taken once: its id is recorded
// (payment_callback, unique per provider) in the transaction that settles, so a replayed event is
// refused and changes nothing. Settling itself is idempotent: the payment row moves from PENDING exactly
// once (a conditional write), so a second event for a settled payment changes nothing and the applicant
// is never charged — nor the outcome issued — twice. Success approves the application and issues its
// outcome in the same transaction; a debt payment also clears the utility account's debt. A payment that
// arrives after the application was decided is recorded and flagged for a refund.
import type { PaymentCallbackOutcome, PaymentStatus } from '../../generated/prisma/client.ts';
import { findEServiceById } from '../applications/e-service.ts';
import { issueOutcome } from '../applications/issue-outcome.ts';
import { outcomeBlockersOf } from '../applications/outcome-guard.ts';
import { stepApplication } from '../applications/transition-application.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from '../requests/record-event.ts';

export interface PaymentCallback {
  provider: string;
  /** The provider's id of this event: each is taken once. */
  eventId: string;
  providerRef: string;
  succeeded: boolean;
  /** What the provider says it charged (minor units, ISO 4217). */
  amount: number;
  currency: string;
}

export type SettleResult =
  | { kind: 'settled'; status: PaymentStatus; requestId: string; outcome: PaymentCallbackOutcome }
  | { kind: 'refused'; reason: 'UNKNOWN_CHECKOUT' | 'AMOUNT_MISMATCH' | 'DUPLICATE_EVENT' };

/** Thrown inside the transaction to roll it back when the event was taken before. */
class DuplicateEvent extends Error {}

export async function settlePayment(deps: ServiceDeps, callback: PaymentCallback): Promise<SettleResult> {
  const payment = await deps.db.payment.findFirst({
    where: { provider: callback.provider, providerRef: callback.providerRef },
    include: { request: { select: { categoryId: true } } },
  });
  if (!payment) return { kind: 'refused', reason: 'UNKNOWN_CHECKOUT' };
  // A payment's amount and currency never change after the checkout opened, so this read is the truth.
  if (payment.amount !== callback.amount || payment.currency !== callback.currency)
    return { kind: 'refused', reason: 'AMOUNT_MISMATCH' };
  const service = await findEServiceById(deps.db, payment.request.categoryId);
  if (!service) return { kind: 'refused', reason: 'UNKNOWN_CHECKOUT' };
  const now = deps.clock();
  const status: PaymentStatus = callback.succeeded ? 'SUCCEEDED' : 'FAILED';

  try {
    return await transact(deps, async (tx, emit) => {
      // ON CONFLICT DO NOTHING: a concurrent delivery of the same event waits for the first one's
      // commit and then inserts nothing.
      const recordCallback = async (outcome: PaymentCallbackOutcome) => {
        const { count } = await tx.paymentCallback.createMany({
          data: [
            {
              provider: callback.provider,
              eventId: callback.eventId,
              paymentId: payment.id,
              receivedAt: now,
              outcome,
            },
          ],
          skipDuplicates: true,
        });
        if (count === 0) throw new DuplicateEvent();
      };
      const { count } = await tx.payment.updateMany({
        where: { id: payment.id, status: 'PENDING' },
        data: { status, settledAt: now },
      });
      if (count === 0) {
        await recordCallback('ALREADY_SETTLED');
        const settled = await tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
        if (settled.status !== status)
          deps.log.warn(
            {
              provider: callback.provider,
              ref: callback.providerRef,
              status: settled.status,
              claimed: status,
            },
            'payment callback contradicts the settled payment',
          );
        return {
          kind: 'settled',
          status: settled.status,
          requestId: payment.requestId,
          outcome: 'ALREADY_SETTLED',
        };
      }
      await recordCallback(status);
      const settled = { kind: 'settled', status, requestId: payment.requestId, outcome: status } as const;
      const details = { amount: payment.amount, currency: payment.currency, paymentId: payment.id };
      const request = await tx.request.findUniqueOrThrow({ where: { id: payment.requestId } });
      // Money changed hands (or failed to): the provider's word, recorded once per payment.
      await recordAudit(tx, {
        action: 'payment.settle',
        actor: null,
        organizationId: request.organizationId,
        target: { type: 'payment', id: payment.id },
        details: {
          number: request.number,
          applicationId: request.id,
          status,
          amount: payment.amount,
          currency: payment.currency,
          provider: callback.provider,
          providerEventId: callback.eventId,
        },
        at: now,
      });
      if (!callback.succeeded) {
        emit(
          await recordRequestEvent(tx, {
            request,
            type: 'PAYMENT_FAILED',
            actor: null,
            data: details,
            at: now,
          }),
        );
        return settled;
      }
      if (request.status !== 'AWAITING_PAYMENT') {
        // The money was taken but the application was decided meanwhile (declared invalid): record the
        // payment truthfully and flag it for a refund instead of refusing the provider's callback forever.
        emit(
          await recordRequestEvent(tx, {
            request,
            type: 'PAID',
            actor: null,
            data: { ...details, refundDue: true },
            at: now,
          }),
        );
        return settled;
      }
      const application = await tx.application.findUniqueOrThrow({ where: { requestId: request.id } });
      const accountId = (application.decision as { accountId?: string }).accountId;
      if (accountId)
        await tx.$executeRaw`
          UPDATE utility_account SET debt = GREATEST(debt - ${payment.amount}, 0) WHERE id = ${accountId}::uuid`;
      // What the outcome asserts must hold after the payment; if the debt grew meanwhile, the reviewer decides.
      const [blocker] = await outcomeBlockersOf(
        tx,
        {
          organizationId: request.organizationId!,
          spec: service.spec,
          answers: application.answers as Record<string, unknown>,
        },
        { lock: true },
      );
      await stepApplication(tx, emit, now, null, {
        requestId: payment.requestId,
        version: null,
        action: blocker ? 'returnToReview' : 'confirmPayment',
        data: blocker ? { ...details, blockedBy: blocker.code } : details,
        within: async (t, { request }) => {
          if (!blocker) await issueOutcome(t, emit, { request, service, now, payment });
        },
      });
      return settled;
    });
  } catch (error) {
    // The same event again (a replay, or the provider's retry racing its first delivery): the
    // transaction rolled back, nothing changed.
    if (error instanceof DuplicateEvent) return { kind: 'refused', reason: 'DUPLICATE_EVENT' };
    throw error;
  }
}
