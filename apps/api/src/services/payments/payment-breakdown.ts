// What a payment is for, line by line: derived from the application and its decision only, so the
// resident's page before the Pay button, the provider's line items and any later reading agree. A
// debt line names the utility account (requestPayment stores `accountId` in the decision) and the day
// the reviewer asked for the payment (its PAYMENT_REQUESTED step); a fee line names the service.
import { createTranslator, formatDate, type Locale } from '@citydesk/i18n';
import type { Db, Tx } from '../../infra/db/database.ts';
import { localized } from '../localized.ts';

export interface PaymentBreakdownLine {
  purpose: 'DEBT' | 'FEE';
  /** The service's names in every language. */
  serviceName: unknown;
  applicationNumber: string;
  organizationName: string | null;
  /** DEBT: the utility account's subscriber code. */
  account: string | null;
  /** DEBT: the debt as of when the reviewer asked for the payment. */
  asOf: Date | null;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
}

/** The parts of an application the breakdown is made of (what `applicationInclude` loads). */
export interface BreakdownSource {
  id: string;
  number: string;
  category: { name: unknown };
  organization: { name: string } | null;
  city: { currency: string };
  application: { amountDue: number | null; decision: unknown } | null;
}

/** The lines of what the application asks to pay; none when nothing is due. Their sum is `amountDue`. */
export async function paymentBreakdown(
  db: Db | Tx,
  source: BreakdownSource,
): Promise<PaymentBreakdownLine[]> {
  const amount = source.application?.amountDue ?? null;
  if (amount === null) return [];
  const accountId = (source.application?.decision as { accountId?: unknown } | null)?.accountId;
  const base = {
    serviceName: source.category.name,
    applicationNumber: source.number,
    organizationName: source.organization?.name ?? null,
    amount,
    currency: source.city.currency,
  };
  if (typeof accountId !== 'string') return [{ ...base, purpose: 'FEE', account: null, asOf: null }];
  const [account, requested] = await Promise.all([
    db.utilityAccount.findUnique({ where: { id: accountId }, select: { subscriberCode: true } }),
    db.requestEvent.findFirst({
      where: { requestId: source.id, type: 'PAYMENT_REQUESTED' },
      orderBy: { position: 'desc' },
      select: { createdAt: true },
    }),
  ]);
  return [
    {
      ...base,
      purpose: 'DEBT',
      account: account?.subscriberCode ?? null,
      asOf: requested?.createdAt ?? null,
    },
  ];
}

/** What the line is for, in `locale`. */
export function purposeText(line: PaymentBreakdownLine, locale: Locale): string {
  const { t } = createTranslator(locale);
  return line.purpose === 'DEBT'
    ? t('payments.purposeDebt', { organization: line.organizationName ?? '' })
    : t('payments.purposeFee', {
        service: localized(line.serviceName, locale),
        number: line.applicationNumber,
      });
}

/** One line as a provider's page shows it: purpose, account and period in one text. */
export function checkoutLineName(line: PaymentBreakdownLine, locale: Locale, timeZone: string): string {
  const { t } = createTranslator(locale);
  return [
    purposeText(line, locale),
    line.account ? t('payments.account', { code: line.account }) : null,
    line.asOf ? t('payments.asOf', { date: formatDate(line.asOf, locale, { timeZone }) }) : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}
