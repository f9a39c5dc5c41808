// How long a service takes and what it costs, in the reader's language.
import type { Fee } from '@citydesk/domain';
import { formatMoney } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';

export const slaUnits = ['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS', 'DAY_OF_NEXT_MONTH'] as const;
export type SlaUnit = (typeof slaUnits)[number];
const isSlaUnit = (unit: string): unit is SlaUnit => (slaUnits as readonly string[]).includes(unit);

const englishOrdinal: Record<Intl.LDMLPluralRule, string> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};

/** "within 3 working days", "в течение 30 календ. дн.", "by the 10th of next month"; null for an unknown unit. */
export function useSlaText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (sla: { slaAmount: number; slaUnit: string }): string | null => {
    if (!isSlaUnit(sla.slaUnit)) return null;
    const count = format.number(sla.slaAmount);
    if (sla.slaUnit === 'DAY_OF_NEXT_MONTH') {
      const suffix =
        format.locale === 'en'
          ? englishOrdinal[new Intl.PluralRules('en', { type: 'ordinal' }).select(sla.slaAmount)]
          : '';
      return t('eServices.sla.DAY_OF_NEXT_MONTH', { day: `${count}${suffix}` });
    }
    return t(`eServices.sla.${sla.slaUnit}`, { n: count });
  };
}

/** "Free", "Fixed fee" (or its amount when the currency is known), "Set during review". */
export function useFeeText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (fee: Fee, currency?: string): string => {
    if (fee.kind === 'FIXED' && currency) {
      return t('eServices.fee.fixedAmount', { amount: formatMoney(fee.amount, currency, format.locale) });
    }
    return t(`eServices.fee.${fee.kind}`);
  };
}
