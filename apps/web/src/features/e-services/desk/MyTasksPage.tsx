import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyFieldTasksDocument, TaskApplicationDocument } from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { Card, EmptyState, ErrorState, LoadingState, PageHeader } from '../../../ui/index.ts';
import { TaskCard } from './TaskCard.tsx';
import { useDeskLiveUpdates } from './useDeskLiveUpdates.ts';
import './desk.css';

/** A field worker's open tasks: where to go, what to check, and the form to record what was found. */
export function MyTasksPage() {
  const { t } = useTranslation();
  useDeskLiveUpdates();
  const { data, loading, error, refetch } = useQuery(MyFieldTasksDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const tasks = (data?.reviewTasks ?? []).filter((task) => task.status === 'OPEN');
  return (
    <>
      <PageHeader title={t('eServiceDesk.myTasks.title')} description={t('eServiceDesk.myTasks.intro')} />
      {!data && loading ? (
        <Card>
          <LoadingState rows={4} />
        </Card>
      ) : !data && error ? (
        <Card>
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        </Card>
      ) : tasks.length === 0 ? (
        <Card>
          <EmptyState
            title={t('eServiceDesk.myTasks.emptyTitle')}
            text={t('eServiceDesk.myTasks.emptyText')}
          />
        </Card>
      ) : (
        <ul className="desk-my-tasks" data-testid="my-tasks">
          {tasks.map((task) => (
            <li key={task.id}>
              <Card>
                <TaskCard task={task} heading={<TaskApplication id={task.applicationId} />} />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The application a task belongs to: its number (a link to it on the desk) and address. */
function TaskApplication({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(TaskApplicationDocument, { variables: { id } });
  const application = data?.application;
  if (!application) return null;
  return (
    <header className="desk-task__application">
      <h2 className="desk-task__title">
        <Link to={`/dispatcher/applications/${application.id}`}>
          {t('eServiceDesk.detail.title', { number: isolate(application.number) })}
        </Link>
      </h2>
      <p className="cell-sub">{application.serviceName}</p>
      <p>
        <bdi>{application.applicantName}</bdi>
        {application.address ? (
          <>
            {' · '}
            <bdi>{application.address}</bdi>
            {application.premisesNumber
              ? ` · ${t('eServiceDesk.detail.premises', { number: isolate(application.premisesNumber) })}`
              : ''}
          </>
        ) : null}
      </p>
    </header>
  );
}
