// A meter's kind and status in words, shared by the resident's meters page and the staff meter desk.
import { isMeterKind } from '@citydesk/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/index.ts';

const meterStatuses = ['AWAITING_SEAL', 'ACTIVE', 'UNSEALED', 'RETIRED'] as const;
type MeterStatus = (typeof meterStatuses)[number];
const isMeterStatus = (value: string): value is MeterStatus =>
  (meterStatuses as readonly string[]).includes(value);
const statusTone: Record<MeterStatus, BadgeTone> = {
  AWAITING_SEAL: 'warning',
  ACTIVE: 'success',
  UNSEALED: 'warning',
  RETIRED: 'neutral',
};

/** "Cold water"; an unknown kind as the API sent it. */
export function meterKindLabel(kind: string, t: TFunction): string {
  return isMeterKind(kind) ? t(`meters.kinds.${kind}`) : kind;
}

/** The meter's status as a coloured badge (nothing for a status this build does not know). */
export function MeterStatusBadge({ status, testId = 'meter-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isMeterStatus(status)) return null;
  return (
    <Badge tone={statusTone[status]} data-testid={testId}>
      {t(`meters.statuses.${status}`)}
    </Badge>
  );
}
