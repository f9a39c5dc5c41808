// The facts a service's positive outcome asserts, checked against the database inside the deciding
// transaction: the accounts are read FOR UPDATE, so a debt cannot appear between the check and the issue.
// The reviewer's buttons read the same function (without the lock), so the web and the service agree.
import {
  assertedAccounts,
  outcomeBlockers,
  type AccountStanding,
  type OutcomeBlocker,
  type ServiceSpec,
} from '@citydesk/domain';
import { AppError } from '../../errors.ts';
import type { Db, Tx } from '../../infra/db/database.ts';

export interface GuardedOutcome {
  /** The handling organization: it keeps the accounts the assertions name. */
  organizationId: string;
  spec: Pick<ServiceSpec, 'asserts'>;
  answers: Record<string, unknown>;
}

export async function outcomeBlockersOf(
  db: Db | Tx,
  outcome: GuardedOutcome,
  options: { lock: boolean },
): Promise<OutcomeBlocker[]> {
  const codes = assertedAccounts(outcome.spec.asserts, outcome.answers);
  if (codes.length === 0) return [];
  if (options.lock)
    await db.$queryRaw`
      SELECT id FROM utility_account
      WHERE organization_id = ${outcome.organizationId}::uuid AND subscriber_code = ANY(${codes}::text[])
      ORDER BY id FOR UPDATE`;
  const rows = await db.utilityAccount.findMany({
    where: { organizationId: outcome.organizationId, subscriberCode: { in: codes } },
    select: { id: true, subscriberCode: true, debt: true },
  });
  const accounts = new Map<string, AccountStanding>(rows.map((r) => [r.subscriberCode, r]));
  return outcomeBlockers(outcome.spec.asserts, outcome.answers, accounts);
}

/** The error a blocked outcome is refused with: the blocker's own code, the account and the debt. */
export function blockedOutcomeError(blocker: OutcomeBlocker, currency: string): AppError {
  return blocker.code === 'DEBT_OUTSTANDING'
    ? new AppError('DEBT_OUTSTANDING', {
        params: { account: blocker.subscriberCode, amountMinor: blocker.debt, currency },
      })
    : new AppError('ACCOUNT_NOT_FOUND', { params: { account: blocker.subscriberCode } });
}

/** Refuses (throws) unless every assertion of the outcome holds now; call it inside the transaction. */
export async function assertOutcomeAllowed(tx: Tx, outcome: GuardedOutcome & { currency: string }) {
  const [blocker] = await outcomeBlockersOf(tx, outcome, { lock: true });
  if (blocker) throw blockedOutcomeError(blocker, outcome.currency);
}
