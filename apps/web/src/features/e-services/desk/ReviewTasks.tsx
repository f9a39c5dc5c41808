import { useMutation, useQuery } from '@apollo/client/react';
import type { ServiceSpec } from '@citydesk/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ApplicationTasksDocument,
  DeskApplicationDocument,
  DeskColleaguesDocument,
  DeskCreateTaskDocument,
  type DeskApplicationDetailFragment,
} from '../../../gql/e-services-desk/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import {
  Button,
  ErrorState,
  FormAlert,
  LoadingState,
  Select,
  TextArea,
  useToast,
} from '../../../ui/index.ts';
import { TaskCard } from './TaskCard.tsx';
import { useDeskFailure } from './useDeskFailure.ts';

/** The application's field tasks (meter inspection, household check) and the form that orders one. */
export function ReviewTasks({
  application,
  spec,
}: {
  application: Pick<DeskApplicationDetailFragment, 'id' | 'number' | 'viewerCan'>;
  spec: ServiceSpec | null;
}) {
  const { t } = useTranslation();
  const [ordering, setOrdering] = useState(false);
  const { data, loading, error, refetch } = useQuery(ApplicationTasksDocument, {
    variables: { applicationId: application.id },
    fetchPolicy: 'cache-and-network',
  });
  const tasks = data?.reviewTasks ?? [];
  const kinds = spec?.taskKinds ?? [];
  const canCreate = application.viewerCan.createTask && kinds.length > 0;

  return (
    <div className="desk-tasks" data-testid="review-tasks">
      {!data && loading ? (
        <LoadingState rows={2} />
      ) : !data && error ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : tasks.length === 0 ? (
        <p className="panel__note">{t('eServiceDesk.tasks.none')}</p>
      ) : (
        <ul className="desk-tasks__list">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskCard task={task} />
            </li>
          ))}
        </ul>
      )}
      {canCreate ? (
        ordering ? (
          <CreateTaskForm applicationId={application.id} kinds={kinds} onDone={() => setOrdering(false)} />
        ) : (
          <div>
            <Button size="sm" variant="secondary" data-testid="order-task" onClick={() => setOrdering(true)}>
              {t('eServiceDesk.tasks.create')}
            </Button>
          </div>
        )
      ) : null}
    </div>
  );
}

function CreateTaskForm({
  applicationId,
  kinds,
  onDone,
}: {
  applicationId: string;
  kinds: ServiceSpec['taskKinds'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const colleagues = useQuery(DeskColleaguesDocument);
  const [createTask] = useMutation(DeskCreateTaskDocument, {
    refetchQueries: [ApplicationTasksDocument, DeskApplicationDocument],
  });
  const { failure, run } = useDeskFailure();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ kind: string; assigneeId: string; note: string }>({
    defaultValues: { kind: kinds.length === 1 ? kinds[0] : '', assigneeId: '', note: '' },
  });
  const submit = handleSubmit(async (values) => {
    const ok = await run(() =>
      createTask({
        variables: {
          applicationId,
          kind: values.kind,
          assigneeId: values.assigneeId || null,
          note: values.note.trim() || null,
        },
      }),
    );
    if (ok) {
      onDone();
      toast.show({ tone: 'success', message: t('eServiceDesk.tasks.created') });
    }
  });
  return (
    <form className="step-form" data-testid="task-form" noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <Select
        label={t('eServiceDesk.tasks.kind')}
        error={errors.kind ? t('validation.required') : undefined}
        data-testid="task-kind"
        {...register('kind', { required: true })}
      >
        <option value="">{t('eServiceDesk.tasks.kindPlaceholder')}</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`eServiceDesk.taskKind.${kind}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('eServiceDesk.tasks.assignee')}
        optional
        hint={colleagues.error ? describeError(colleagues.error, t).message : undefined}
        data-testid="task-assignee"
        {...register('assigneeId')}
      >
        <option value="">{t('eServiceDesk.tasks.assigneeNobody')}</option>
        {(colleagues.data?.colleagues ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.displayName}
          </option>
        ))}
      </Select>
      <TextArea
        label={t('eServiceDesk.tasks.note')}
        hint={t('eServiceDesk.tasks.noteHint')}
        optional
        rows={2}
        {...register('note', { maxLength: 2000 })}
      />
      <div className="desk-form__buttons">
        <Button type="submit" loading={isSubmitting} data-testid="task-submit">
          {t('eServiceDesk.tasks.createSubmit')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
