// The provider's callback settles a payment. Settling is idempotent: the payment row moves from PENDING
// exactly once (a conditional write), so a repeated or concurrent callback changes nothing and the
// applicant is never charged — nor the outcome issued — twice. Success approves the application and
// issues its outcome in the same transaction; a debt payment also clears the utility account's debt. A
// payment that arrives after the application was decided is recorded and flagged for a refund.
import type { PaymentStatus } from '../../generated/prisma/client.ts';
import { notFound } from '../../errors.ts';
import { findEServiceById } from '../applications/e-service.ts';
import { issueOutcome } from '../applications/issue-outcome.ts';
import { outcomeBlockersOf } from '../applications/outcome-guard.ts';
import { stepApplication } from '../applications/transition-application.ts';
import { transact, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from '../requests/record-event.ts';

export interface PaymentCallback {
  provider: string;
  providerRef: string;
  succeeded: boolean;
}

export async function settlePayment(
  deps: ServiceDeps,
  callback: PaymentCallback,
): Promise<{ status: PaymentStatus; requestId: string }> {
  const payment = await deps.db.payment.findFirst({
    where: { provider: callback.provider, providerRef: callback.providerRef },
    include: { request: { select: { categoryId: true } } },
  });
  if (!payment) throw notFound();
  const service = await findEServiceById(deps.db, payment.request.categoryId);
  if (!service) throw notFound();
  const now = deps.clock();
  const status: PaymentStatus = callback.succeeded ? 'SUCCEEDED' : 'FAILED';

  return transact(deps, async (tx, emit) => {
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, status: 'PENDING' },
      data: { status, settledAt: now },
    });
    if (count === 0) {
      const settled = await tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
      return { status: settled.status, requestId: payment.requestId };
    }
    const details = { amount: payment.amount, currency: payment.currency, paymentId: payment.id };
    if (!callback.succeeded) {
      const request = await tx.request.findUniqueOrThrow({ where: { id: payment.requestId } });
      emit(
        await recordRequestEvent(tx, {
          request,
          type: 'PAYMENT_FAILED',
          actor: null,
          data: details,
          at: now,
        }),
      );
      return { status, requestId: payment.requestId };
    }
    const request = await tx.request.findUniqueOrThrow({ where: { id: payment.requestId } });
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
      return { status, requestId: payment.requestId };
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
    return { status, requestId: payment.requestId };
  });
}
