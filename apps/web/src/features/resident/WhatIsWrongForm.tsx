import { residentRejectionReasons } from '@citydesk/domain';
import { useTranslation } from 'react-i18next';
import { StepForm } from '../requests/StepForm.tsx';

export type ResidentRejectionReason = (typeof residentRejectionReasons)[number];

/**
 * What is wrong with the work, in the resident's words: a reason (a comment too for "Other"). Rejecting verified
 * work and reopening a request closed without confirmation ask the same.
 */
export function WhatIsWrongForm({
  testId,
  legend,
  submitLabel,
  onCancel,
  onStale,
  onSubmit,
}: {
  testId: string;
  legend: string;
  submitLabel: string;
  onCancel: () => void;
  onStale: () => void;
  onSubmit: (input: { reasonCode: ResidentRejectionReason; comment: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="resident-actions__form">
      <StepForm
        data-testid={testId}
        reasons={{ codes: residentRejectionReasons, legend, as: 'radio' }}
        commentLabel={t('request.comment')}
        commentHint={t('resident.detail.rejectCommentHint')}
        commentRequired="other"
        submitLabel={submitLabel}
        submitVariant="danger"
        onCancel={onCancel}
        onStale={onStale}
        onSubmit={({ reasonCode, comment }) =>
          onSubmit({ reasonCode: reasonCode as ResidentRejectionReason, comment })
        }
      />
    </div>
  );
}
