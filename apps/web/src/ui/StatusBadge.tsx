import type { Messages } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from './Badge.tsx';

export type RequestStatus = keyof Messages['requestStatus'];

const tones: Record<RequestStatus, BadgeTone> = {
  NEW: 'status-new',
  ROUTED: 'status-routed',
  ASSIGNED: 'status-assigned',
  IN_PROGRESS: 'status-progress',
  WORK_DONE: 'status-done',
  VERIFIED: 'status-verified',
  CLOSED: 'status-closed',
  CLOSED_UNCONFIRMED: 'status-unconfirmed',
  RETURNED: 'status-returned',
  REOPENED: 'status-returned',
  CANCELLED: 'neutral',
  // E-service applications: the same stages, the same colours.
  SUBMITTED: 'status-new',
  REGISTERED: 'status-routed',
  IN_REVIEW: 'status-progress',
  AWAITING_PAYMENT: 'warning',
  APPROVED: 'status-closed',
  REFUSED: 'danger',
  INVALID: 'neutral',
};

/** The translated status of a request or an application, coloured by lifecycle stage. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={tones[status]} data-testid="status-badge" data-status={status}>
      {t(`requestStatus.${status}`)}
    </Badge>
  );
}
