import { useMutation } from '@apollo/client/react';
import { manualRevocationReasons, type DocumentRevocationReason } from '@citydesk/domain';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeskRevokeDocumentDocument } from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { Button, Dialog, FormAlert, Select, TextArea, useToast } from '../../../ui/index.ts';
import { useDeskFailure } from './useDeskFailure.ts';

const NOTE_MAX = 2000;

/** "Revoke" for staff of the issuing organization: a reason (a note for "other") in a dialog. */
export function RevokeDocumentButton({ document }: { document: { id: string; number: string } }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [revoke] = useMutation(DeskRevokeDocumentDocument);
  const { failure, run } = useDeskFailure();
  const number = isolate(document.number);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: DocumentRevocationReason; note: string }>({
    defaultValues: { reason: 'ISSUED_IN_ERROR', note: '' },
  });
  const reason = useWatch({ control, name: 'reason' });
  const submit = handleSubmit(async (values) => {
    const ok = await run(() =>
      revoke({
        variables: { documentId: document.id, reason: values.reason, note: values.note.trim() || null },
      }),
    );
    if (ok) {
      setOpen(false);
      toast.show({ tone: 'success', message: t('documentLifecycle.revoke.done', { number }) });
    }
  });
  return (
    <>
      <Button size="sm" variant="secondary" data-testid="revoke-document" onClick={() => setOpen(true)}>
        {t('documentLifecycle.revoke.action')}
      </Button>
      {open ? (
        <Dialog
          title={t('documentLifecycle.revoke.title', { number })}
          onClose={() => setOpen(false)}
          data-testid="revoke-dialog"
        >
          <form className="step-form" noValidate onSubmit={(e) => void submit(e)}>
            {failure ? <FormAlert>{failure}</FormAlert> : null}
            <p className="step-form__intro">{t('documentLifecycle.revoke.intro')}</p>
            <Select label={t('documentLifecycle.revoke.reason')} {...register('reason', { required: true })}>
              {manualRevocationReasons.map((r) => (
                <option key={r} value={r}>
                  {t(`documentLifecycle.reasons.${r}`)}
                </option>
              ))}
            </Select>
            <TextArea
              label={t('documentLifecycle.revoke.note')}
              optional={reason !== 'OTHER'}
              rows={3}
              error={
                errors.note
                  ? t('documentLifecycle.revoke.noteRequired', {
                      reason: t('documentLifecycle.reasons.OTHER'),
                    })
                  : undefined
              }
              {...register('note', {
                maxLength: NOTE_MAX,
                validate: (note) => reason !== 'OTHER' || note.trim().length > 0,
              })}
            />
            <div className="desk-dialog__buttons">
              <Button type="submit" variant="danger" loading={isSubmitting} data-testid="revoke-confirm">
                {t('documentLifecycle.revoke.confirm')}
              </Button>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
