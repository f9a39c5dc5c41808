// The applicant (or the office that filed for them) pays what the reviewer asked for, at the active
// provider, line by line as the breakdown says. Starting twice returns the same open checkout: the
// database allows one live payment per application, so even two concurrent clicks cannot open two
// charges. Without a provider, payments are unavailable.
import { randomUUID } from 'node:crypto';
import { AppError, notAllowed, notFound } from '../../errors.ts';
import type { PaymentProvider } from '../../infra/payments/payment-provider.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { isStaff, recordAudit } from '../audit/record-audit.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import {
  runIdempotently,
  type IdempotencyClaim,
  type IdempotencyKey,
} from '../idempotency/run-idempotently.ts';
import { requestsPayableBy } from '../requests/visibility.ts';
import { isUniqueViolation } from '../../infra/db/unique-violation.ts';
import { checkoutLineName, paymentBreakdown } from './payment-breakdown.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface StartedPayment {
  paymentId: string;
  checkoutUrl: string;
}

type PaymentDeps = ServiceDeps & { payments: PaymentProvider | null };

/**
 * With an idempotency key, a repeated start answers the checkout the first one opened, and a duplicate
 * sent while the first still talks to the provider waits for it: the provider is asked once.
 */
export async function startPayment(
  deps: PaymentDeps,
  actor: Actor,
  input: { requestId: string },
  idempotency: IdempotencyKey | null = null,
): Promise<StartedPayment> {
  assertCan(actor, 'payment:start');
  return runIdempotently(
    deps,
    idempotency,
    { operation: 'startPayment', input },
    {
      run: (claim) => startPaymentOnce(deps, actor, input, claim),
      replay: async (paymentId) => {
        const payment = await deps.db.payment.findUniqueOrThrow({ where: { id: paymentId } });
        return { paymentId: payment.id, checkoutUrl: payment.checkoutUrl! };
      },
    },
  );
}

async function startPaymentOnce(
  deps: PaymentDeps,
  actor: Actor,
  input: { requestId: string },
  claim: IdempotencyClaim | null,
): Promise<StartedPayment> {
  if (!isUuid(input.requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: {
      AND: [
        { id: input.requestId, kind: 'E_SERVICE' },
        // Staff may pay only for what their office filed, never for the applications they decide.
        requestsPayableBy(actor),
      ],
    },
    include: {
      application: true,
      city: true,
      category: { select: { name: true } },
      organization: { select: { name: true } },
    },
  });
  if (!request?.application) throw notFound();
  const amount = request.application.amountDue;
  if (request.status !== 'AWAITING_PAYMENT' || amount === null) throw notAllowed();

  const live = () =>
    deps.db.payment.findFirst({
      where: { requestId: request.id, status: { in: ['PENDING', 'SUCCEEDED'] } },
    });
  const opened = (payment: { id: string; checkoutUrl: string | null }) => {
    // Every checkout opened since the URL is stored has one; an older one cannot be reopened.
    if (!payment.checkoutUrl) throw notAllowed();
    return { paymentId: payment.id, checkoutUrl: payment.checkoutUrl };
  };
  // An open checkout answers the start: the key then names it.
  const reopened = async (payment: { id: string; checkoutUrl: string | null }) => {
    const started = opened(payment);
    if (claim) await deps.db.$transaction((tx) => claim.complete(tx, payment.id));
    return started;
  };
  const existing = await live();
  if (existing?.status === 'SUCCEEDED') throw notAllowed();
  if (existing) return reopened(existing);

  const provider = deps.payments;
  if (!provider) throw new AppError('PAYMENTS_UNAVAILABLE');
  const lines = await paymentBreakdown(deps.db, request);
  // The provider charges the sum of the lines; it must be exactly what the reviewer asked for.
  if (lines.reduce((sum, line) => sum + line.amount, 0) !== amount)
    throw new Error(`payment breakdown of ${request.id} does not add up to the amount due`);
  // Our id goes to the provider (Stripe's client_reference_id and idempotency key) before the row exists.
  const paymentId = randomUUID();
  const checkout = await provider.createCheckout({
    paymentId,
    requestId: request.id,
    applicationNumber: request.number,
    amount,
    currency: request.city.currency,
    lines: lines.map((line) => ({
      name: checkoutLineName(line, actor.locale, request.city.timeZone),
      amount: line.amount,
    })),
    locale: actor.locale,
  });
  try {
    const payment = await deps.db.$transaction(async (tx) => {
      const created = await tx.payment.create({
        data: {
          id: paymentId,
          requestId: request.id,
          payerId: actor.userId,
          amount,
          currency: request.city.currency,
          provider: provider.id,
          providerRef: checkout.providerRef,
          checkoutUrl: checkout.checkoutUrl,
          createdAt: deps.clock(),
        },
      });
      await claim?.complete(tx, created.id);
      // An office paying for the client it filed for (a resident's own payment is on the timeline).
      if (isStaff(actor))
        await recordAudit(tx, {
          action: 'payment.start',
          actor,
          target: { type: 'payment', id: created.id },
          details: {
            number: request.number,
            applicationId: request.id,
            amount,
            currency: created.currency,
            provider: provider.id,
          },
          at: created.createdAt,
        });
      return created;
    });
    return opened(payment);
  } catch (error) {
    // Someone opened a checkout for it a moment ago: use theirs. (Ours is never shown to anyone; an
    // acquirer lets it expire.)
    if (!isUniqueViolation(error)) throw error;
    const winner = await live();
    if (!winner || winner.status !== 'PENDING') throw notAllowed();
    return reopened(winner);
  }
}
