// What a positive outcome asserts, declared by the service and checked when the outcome is issued. A
// no-debt certificate asserts that the named utility account owes nothing at that moment: the decision
// service looks the account up inside its transaction and these rules say whether the document may be
// issued. The same answer feeds the reviewer's buttons, so the web never decides on its own.
import { z } from 'zod';
import { localizedTextSchema, type LocalizedText } from './localized-text.ts';

const fieldNameSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);

export const outcomeAssertionSchema = z.discriminatedUnion('kind', [
  z.object({
    /** The utility account named by `accountField` has no outstanding debt at the moment of issue. */
    kind: z.literal('NO_DEBT'),
    /** The answer holding the account's subscriber code at the handling organization. */
    accountField: fieldNameSchema,
    /** The sentence the document states, with `{{account}}` and `{{date}}` (the local date of issue). */
    statement: localizedTextSchema,
  }),
]);
export type OutcomeAssertion = z.infer<typeof outcomeAssertionSchema>;

/** A utility account as the assertion sees it; `null` when no account has the code. */
export type AccountStanding = { id: string; subscriberCode: string; debt: number } | null;

/** Why the positive outcome cannot be issued now; each code is also an API error code. */
export type OutcomeBlocker =
  | { code: 'DEBT_OUTSTANDING'; subscriberCode: string; accountId: string; debt: number }
  | { code: 'ACCOUNT_NOT_FOUND'; subscriberCode: string };

type Answers = Readonly<Record<string, unknown>>;

/** The subscriber codes the assertions need looked up, in declaration order, without repeats. */
export function assertedAccounts(assertions: readonly OutcomeAssertion[], answers: Answers): string[] {
  const codes = assertions
    .filter((a) => a.kind === 'NO_DEBT')
    .map((a) => String(answers[a.accountField] ?? '').trim());
  return [...new Set(codes)];
}

/**
 * What stands in the way of the positive outcome, given the accounts looked up by
 * {@link assertedAccounts}: an account that owes money, or one that does not exist (nothing can be
 * certified about it). Empty when the outcome may be issued.
 */
export function outcomeBlockers(
  assertions: readonly OutcomeAssertion[],
  answers: Answers,
  accounts: ReadonlyMap<string, AccountStanding>,
): OutcomeBlocker[] {
  const blockers: OutcomeBlocker[] = [];
  for (const assertion of assertions) {
    const subscriberCode = String(answers[assertion.accountField] ?? '').trim();
    const account = accounts.get(subscriberCode) ?? null;
    if (!account) blockers.push({ code: 'ACCOUNT_NOT_FOUND', subscriberCode });
    else if (account.debt > 0)
      blockers.push({ code: 'DEBT_OUTSTANDING', subscriberCode, accountId: account.id, debt: account.debt });
  }
  return blockers;
}

/**
 * The sentences a document states for its assertions, in every language: `{{account}}` filled with the
 * subscriber code and `{{date}}` with the issue date as `formatDate` writes it in each language.
 */
export function assertionStatements(
  assertions: readonly OutcomeAssertion[],
  answers: Answers,
  formatDate: (locale: keyof LocalizedText) => string,
): LocalizedText[] {
  return assertions.map((assertion) => {
    const account = String(answers[assertion.accountField] ?? '').trim();
    return Object.fromEntries(
      Object.entries(assertion.statement).map(([locale, text]) => [
        locale,
        text
          .replaceAll('{{account}}', account)
          .replaceAll('{{date}}', formatDate(locale as keyof LocalizedText)),
      ]),
    ) as LocalizedText;
  });
}
