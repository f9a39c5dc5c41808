import { useQuery } from '@apollo/client/react';
import { isApplicationStatus, isTerminalApplicationStatus } from '@citydesk/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  ApplicationQueueDocument,
  IntakeApplicationsDocument,
  type DeskApplicationRowFragment,
} from '../../../gql/e-services-desk/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import {
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  IconPlus,
  LinkRow,
  LoadingState,
  PageHeader,
  StatusBadge,
  Table,
} from '../../../ui/index.ts';
import { BadgeRow, Deadline, OverdueBadge } from '../../requests/RequestBits.tsx';
import { ApplicationPanel } from './ApplicationPanel.tsx';
import { useDeskLiveUpdates } from './useDeskLiveUpdates.ts';
import '../../dispatcher/DispatcherDeskPage.css';
import './desk.css';

export type DeskMode = 'review' | 'filed';

const basePath: Record<DeskMode, string> = {
  review: '/dispatcher/applications',
  filed: '/dispatcher/filed',
};

/**
 * The e-service desk, a sibling of the repair desk: the applications on the left, the selected one on the right.
 * `review`: what the organization decides (nearest deadline first); `filed`: what a notary office filed.
 */
export function ApplicationsDeskPage({ mode }: { mode: DeskMode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { id: selectedId } = useParams();
  useDeskLiveUpdates();
  const review = useQuery(ApplicationQueueDocument, {
    fetchPolicy: 'cache-and-network',
    skip: mode !== 'review',
  });
  const filed = useQuery(IntakeApplicationsDocument, {
    fetchPolicy: 'cache-and-network',
    skip: mode !== 'filed',
  });
  const { loading, error, refetch } = mode === 'review' ? review : filed;
  const rows: readonly DeskApplicationRowFragment[] | undefined =
    mode === 'review' ? review.data?.applicationQueue : filed.data?.intakeApplications;
  const list =
    mode === 'review' && rows ? [...rows].sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt)) : rows;
  const root = basePath[mode];

  return (
    <>
      <PageHeader
        title={mode === 'review' ? t('eServiceDesk.queue.title') : t('eServiceDesk.filed.title')}
        description={mode === 'review' ? t('eServiceDesk.queue.intro') : t('eServiceDesk.filed.intro')}
        actions={
          mode === 'filed' ? (
            <ButtonLink
              to="/dispatcher/file"
              icon={<IconPlus size={18} />}
              data-testid="file-for-client-link"
            >
              {t('eServiceDesk.nav.file')}
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="desk">
        <Card flush className="desk__queue">
          {!list && loading ? (
            <LoadingState rows={6} />
          ) : !list && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : !list || list.length === 0 ? (
            mode === 'review' ? (
              <EmptyState
                title={t('eServiceDesk.queue.emptyTitle')}
                text={t('eServiceDesk.queue.emptyText')}
              />
            ) : (
              <EmptyState
                title={t('eServiceDesk.filed.emptyTitle')}
                text={t('eServiceDesk.filed.emptyText')}
              />
            )
          ) : (
            <Table
              caption={mode === 'review' ? t('eServiceDesk.queue.caption') : t('eServiceDesk.filed.caption')}
              data-testid="application-queue"
              head={
                <tr>
                  <th scope="col">{t('eServiceDesk.queue.number')}</th>
                  <th scope="col">{t('eServiceDesk.queue.service')}</th>
                  <th scope="col">{t('eServiceDesk.queue.applicant')}</th>
                  <th scope="col">{t('eServiceDesk.queue.status')}</th>
                  <th scope="col">{t('eServiceDesk.queue.deadline')}</th>
                </tr>
              }
            >
              {list.map((application) => {
                const selected = application.id === selectedId;
                const href = `${root}/${application.id}`;
                return (
                  <LinkRow
                    key={application.id}
                    data-testid="application-row"
                    data-application-id={application.id}
                    href={href}
                    selected={selected}
                  >
                    <td className="cell-number">
                      <Link
                        to={href}
                        aria-current={selected ? 'true' : undefined}
                        aria-label={t('eServiceDesk.queue.select', { number: application.number })}
                      >
                        {application.number}
                      </Link>
                    </td>
                    <td>{application.serviceName}</td>
                    <td>
                      <span className="cell-stack">
                        <bdi>{application.applicantName}</bdi>
                        {application.address ? (
                          <span className="cell-sub">
                            <bdi>{application.address}</bdi>
                            {application.premisesNumber
                              ? ` · ${t('eServiceDesk.detail.premises', { number: application.premisesNumber })}`
                              : ''}
                          </span>
                        ) : null}
                      </span>
                    </td>
                    <td>
                      <BadgeRow>
                        <StatusBadge status={application.status} />
                        {application.overdue ? <OverdueBadge /> : null}
                      </BadgeRow>
                    </td>
                    <td>
                      {isApplicationStatus(application.status) &&
                      isTerminalApplicationStatus(application.status) ? (
                        <time dateTime={application.deadlineAt} className="numeric">
                          {format.compactDateTime(application.deadlineAt)}
                        </time>
                      ) : (
                        <Deadline request={application} compact />
                      )}
                    </td>
                  </LinkRow>
                );
              })}
            </Table>
          )}
        </Card>
        <div className="desk__panel">
          {selectedId ? (
            <ApplicationPanel key={selectedId} id={selectedId} closeTo={root} />
          ) : (
            <Card>
              <EmptyState
                compact
                title={t('eServiceDesk.queue.placeholderTitle')}
                text={t('eServiceDesk.queue.placeholderText')}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
