import { useMutation } from '@apollo/client/react';
import { reviewTaskKinds, type ReviewTaskKind } from '@citydesk/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ApplicationTasksDocument,
  DeskApplicationDocument,
  DeskCompleteTaskDocument,
  MyFieldTasksDocument,
  type DeskReviewTaskFragment,
} from '../../../gql/e-services-desk/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { Badge, Button, FormAlert, TextArea, useToast } from '../../../ui/index.ts';
import { useDeskFailure } from './useDeskFailure.ts';

const isKind = (kind: string): kind is ReviewTaskKind =>
  (reviewTaskKinds as readonly string[]).includes(kind);

/** One field task: what, for whom, its note and result; "Record result" while it is open. */
export function TaskCard({ task, heading }: { task: DeskReviewTaskFragment; heading?: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [recording, setRecording] = useState(false);
  const open = task.status === 'OPEN';
  return (
    <article className="desk-task" data-testid="review-task" data-task-id={task.id} data-status={task.status}>
      {heading}
      <div className="desk-task__head">
        <strong>{isKind(task.kind) ? t(`eServiceDesk.taskKind.${task.kind}`) : task.kind}</strong>
        <Badge tone={open ? 'warning' : 'success'}>
          {open ? t('eServiceDesk.tasks.open') : t('eServiceDesk.tasks.done')}
        </Badge>
      </div>
      <p className="cell-sub">
        {task.assigneeName
          ? t('eServiceDesk.tasks.assignedTo', {
              name: task.assigneeName,
              date: format.dateTime(task.createdAt),
            })
          : t('eServiceDesk.tasks.unassigned', { date: format.dateTime(task.createdAt) })}
      </p>
      {task.note ? (
        <p className="desk-task__text" dir="auto">
          <span className="desk-task__label">{t('eServiceDesk.tasks.note')}: </span>
          {task.note}
        </p>
      ) : null}
      {task.result ? (
        <p className="desk-task__text" dir="auto" data-testid="task-result">
          <span className="desk-task__label">{t('eServiceDesk.tasks.result')}: </span>
          {task.result}
        </p>
      ) : null}
      {open ? (
        recording ? (
          <ResultForm taskId={task.id} onDone={() => setRecording(false)} />
        ) : (
          <div>
            <Button
              size="sm"
              variant="secondary"
              data-testid="record-result"
              onClick={() => setRecording(true)}
            >
              {t('eServiceDesk.tasks.recordResult')}
            </Button>
          </div>
        )
      ) : null}
    </article>
  );
}

function ResultForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [complete] = useMutation(DeskCompleteTaskDocument, {
    refetchQueries: [ApplicationTasksDocument, MyFieldTasksDocument, DeskApplicationDocument],
  });
  const { failure, run } = useDeskFailure();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ result: string }>({ defaultValues: { result: '' } });
  const submit = handleSubmit(async ({ result }) => {
    const ok = await run(() => complete({ variables: { taskId, result: result.trim() } }));
    if (ok) {
      onDone();
      toast.show({ tone: 'success', message: t('eServiceDesk.tasks.recorded') });
    }
  });
  return (
    <form className="step-form" data-testid="task-result-form" noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <TextArea
        label={t('eServiceDesk.tasks.result')}
        hint={t('eServiceDesk.tasks.resultHint')}
        rows={3}
        error={errors.result ? t('validation.required') : undefined}
        data-testid="task-result-input"
        {...register('result', { validate: (v) => v.trim().length > 0, maxLength: 2000 })}
      />
      <div className="desk-form__buttons">
        <Button type="submit" loading={isSubmitting} data-testid="task-result-submit">
          {t('eServiceDesk.tasks.resultSubmit')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
