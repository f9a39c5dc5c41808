// The applicant (or the office that filed for them) pays what the reviewer asked for. Starting twice
// returns the same open checkout: the database allows one live payment per application, so even two
// concurrent clicks cannot open two charges.
import type { PaymentProvider } from '../../infra/payments/payment-provider.ts';
import { notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';

export interface StartedPayment {
  paymentId: string;
  checkoutUrl: string;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

export async function startPayment(
  deps: ServiceDeps & { payments: PaymentProvider },
  actor: Actor,
  input: { requestId: string },
): Promise<StartedPayment> {
  if (actor.role !== 'RESIDENT' && actor.role !== 'DISPATCHER') throw notAllowed();
  if (!isUuid(input.requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: {
      AND: [
        { id: input.requestId, kind: 'E_SERVICE' },
        requestsVisibleTo(actor),
        // Staff may pay only for what their office filed, never for the applications they decide.
        actor.role === 'DISPATCHER' ? { intakeOrganizationId: actor.organizationId ?? '' } : {},
      ],
    },
    include: { application: true, city: true },
  });
  if (!request?.application) throw notFound();
  const amount = request.application.amountDue;
  if (request.status !== 'AWAITING_PAYMENT' || amount === null) throw notAllowed();

  const live = () =>
    deps.db.payment.findFirst({
      where: { requestId: request.id, status: { in: ['PENDING', 'SUCCEEDED'] } },
    });
  const existing = await live();
  if (existing?.status === 'SUCCEEDED') throw notAllowed();
  if (existing)
    return { paymentId: existing.id, checkoutUrl: deps.payments.checkoutUrl(existing.providerRef) };

  const checkout = await deps.payments.createCheckout({
    paymentId: request.id,
    amount,
    currency: request.city.currency,
    description: request.number,
  });
  try {
    const payment = await deps.db.payment.create({
      data: {
        requestId: request.id,
        payerId: actor.userId,
        amount,
        currency: request.city.currency,
        provider: deps.payments.id,
        providerRef: checkout.providerRef,
        createdAt: deps.clock(),
      },
    });
    return { paymentId: payment.id, checkoutUrl: deps.payments.checkoutUrl(payment.providerRef) };
  } catch (error) {
    // Someone opened a checkout for it a moment ago: use theirs.
    if (!isUniqueViolation(error)) throw error;
    const winner = await live();
    if (!winner || winner.status !== 'PENDING') throw notAllowed();
    return { paymentId: winner.id, checkoutUrl: deps.payments.checkoutUrl(winner.providerRef) };
  }
}
