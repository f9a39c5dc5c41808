// The handling organization's reviewer moves an application: starts the review, asks for a payment,
// approves (the outcome is issued in the same transaction), refuses on one of the service's grounds,
// or declares it invalid (also after an approval, which takes back what it issued). Approval issues the
// outcome only while what it asserts holds (no debt): otherwise DEBT_OUTSTANDING and nothing is written.
// Only the organization the application was routed to may decide; an office
// that filed it on a citizen's behalf can follow it but not decide it.
import { validateApplicationDecision, type ApplicationAction } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { findEServiceById } from './e-service.ts';
import { annulOutcome } from './annul-outcome.ts';
import { issueOutcome } from './issue-outcome.ts';
import { issueRefusal } from './issue-refusal.ts';
import { getApplication } from './list-applications.ts';
import { stepApplication } from './transition-application.ts';

export type ReviewerAction = Extract<
  ApplicationAction,
  'startReview' | 'requestPayment' | 'approve' | 'refuse' | 'invalidate'
>;

export interface DecideApplicationInput {
  requestId: string;
  version: number;
  action: ReviewerAction;
  /** refuse: one of the service's refusal grounds. */
  groundCode?: string | null;
  /** invalidate: what is wrong (required); otherwise an optional note to the applicant. */
  comment?: string | null;
  /** requestPayment: the amount due in minor units (a debt found, an assessed fee). */
  amount?: number | null;
  /** requestPayment for a debt: the utility account the payment settles. */
  accountId?: string | null;
}

export async function decideApplication(
  deps: ServiceDeps,
  actor: Actor,
  input: DecideApplicationInput,
): Promise<ApplicationWithRelations> {
  const organizationId = staffOrganizationOf(
    actor,
    input.action === 'startReview' ? 'application:review' : 'application:decide',
  );
  if (!isUuid(input.requestId)) throw notFound();
  const scope: Prisma.RequestWhereInput = { organizationId };
  const current = await deps.db.request.findFirst({
    where: { id: input.requestId, kind: 'E_SERVICE', ...scope },
    select: { categoryId: true, city: { select: { currency: true } } },
  });
  if (!current) throw notFound();
  const service = await findEServiceById(deps.db, current.categoryId);
  if (!service) throw notFound();

  const decision = validateApplicationDecision(
    input.action,
    input,
    service.spec.refusalGrounds.map((g) => g.code),
  );
  if (!decision.ok) throw invalidInput(decision.issues);
  const { groundCode, comment, amount } = decision.value;
  const accountId =
    input.action === 'requestPayment' ? await ownAccount(deps, organizationId, input.accountId) : null;

  const now = deps.clock();
  await transact(deps, (tx, emit) =>
    stepApplication(tx, emit, now, actor, {
      requestId: input.requestId,
      version: input.version,
      action: input.action,
      scope,
      reasonCode: groundCode,
      comment,
      ...(amount !== null ? { data: { amount, currency: current.city.currency, accountId } } : {}),
      within: async (t, { request }) => {
        if (input.action === 'requestPayment')
          await t.application.update({
            where: { requestId: request.id },
            data: { amountDue: amount, decision: accountId ? { accountId } : {} },
          });
        if (input.action === 'refuse' || input.action === 'invalidate')
          await t.application.update({ where: { requestId: request.id }, data: { decidedAt: now } });
        if (input.action === 'refuse')
          await issueRefusal(t, emit, { request, service, groundCode: groundCode!, now });
        if (input.action === 'invalidate')
          await annulOutcome(t, emit, { requestId: request.id, actor, reason: comment, now });
        if (input.action === 'approve') await issueOutcome(t, emit, { request, service, now, payment: null });
      },
    }),
  );
  return (await getApplication(deps, actor, input.requestId))!;
}

/** The utility account a debt payment settles must belong to the reviewer's organization. */
async function ownAccount(deps: ServiceDeps, organizationId: string, accountId: string | null | undefined) {
  if (!accountId) return null;
  const account = isUuid(accountId)
    ? await deps.db.utilityAccount.findFirst({
        where: { id: accountId, organizationId },
      })
    : null;
  if (!account) throw invalidInput([{ field: 'accountId', code: 'invalid_choice' }]);
  return account.id;
}
