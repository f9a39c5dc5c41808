import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CompleteWorkDocument } from '../../gql/contractor/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, FormAlert, TextArea, useToast } from '../../ui/index.ts';
import { UploadField } from '../uploads/UploadField.tsx';
import { useUpload } from '../uploads/useUpload.ts';

const schema = z.object({ comment: z.string().trim().min(1, 'required').max(2000, 'too_long') });
type Values = z.infer<typeof schema>;

const SCAN_TYPES = 'image/jpeg,image/png,application/pdf,.pdf';
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

export interface WorkDoneFormProps {
  request: { id: string; number: string; version: number };
  onStale: () => void;
}

/** "Work done": the order signed by the resident (required), photos (optional), what was done (required). */
export function WorkDoneForm({ request, onStale }: WorkDoneFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const scan = useUpload({ kind: 'SIGNED_WORK_ORDER', max: 1 });
  const photos = useUpload({ kind: 'PHOTO', max: 10 });
  const [scanError, setScanError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [completeWork] = useMutation(CompleteWorkDocument);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { comment: '' } });

  const scanId = scan.ids[0];
  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      if (!scanId) {
        setScanError(validationMessage('required', t));
        return;
      }
      if (scan.busy || photos.busy) {
        setFormError(t('upload.uploading'));
        return;
      }
      try {
        await completeWork({
          variables: {
            input: {
              requestId: request.id,
              version: request.version,
              comment: values.comment.trim(),
              signedScanId: scanId,
              photoIds: photos.ids,
            },
          },
        });
        toast.show({
          tone: 'success',
          message: t('contractor.detail.done', { number: isolate(request.number) }),
        });
        scan.reset();
        photos.reset();
      } catch (error) {
        const problem = describeError(error, t);
        const unplaced = problem.issues.filter((issue) => {
          const field = issue.field.split('.').pop();
          if (field === 'comment') setError('comment', { message: issue.code }, { shouldFocus: true });
          else if (field === 'signedScanId') setScanError(validationMessage(issue.code, t));
          else return true;
          return false;
        });
        if (problem.issues.length === 0 || unplaced.length > 0) setFormError(problem.message);
        if (problem.code === 'STALE_VERSION') onStale();
      }
    },
    // The scan is checked with the comment, so every problem shows at once.
    () => {
      if (!scanId) setScanError(validationMessage('required', t));
    },
  );

  const commentCode = errors.comment?.message;
  return (
    <form className="step-form" data-testid="work-done-form" noValidate onSubmit={onSubmit}>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      <p className="step-form__intro">{t('contractor.detail.doneIntro')}</p>
      <UploadField
        upload={{
          ...scan,
          add: (files) => {
            setScanError(null);
            scan.add(files);
          },
        }}
        label={t('contractor.detail.scan')}
        hint={t('contractor.detail.scanHint')}
        accept={SCAN_TYPES}
        max={1}
        error={scanError ?? undefined}
        data-testid="scan-upload"
      />
      <UploadField
        upload={photos}
        label={t('contractor.detail.photos')}
        hint={t('contractor.detail.photosHint')}
        accept={PHOTO_TYPES}
        max={10}
        optional
        data-testid="work-photos-upload"
      />
      <TextArea
        label={t('contractor.detail.comment')}
        rows={4}
        maxLength={2000}
        error={commentCode ? validationMessage(commentCode, t) : undefined}
        {...register('comment')}
      />
      <div className="step-form__actions">
        <Button type="submit" loading={isSubmitting}>
          {isSubmitting ? t('contractor.detail.submitting') : t('contractor.detail.submit')}
        </Button>
      </div>
    </form>
  );
}
