import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyApplicationsDocument } from '../../../gql/e-services-resident/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import {
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  LinkRow,
  LoadingState,
  PageHeader,
  StatusBadge,
  Table,
} from '../../../ui/index.ts';
import { BadgeRow, Deadline, OverdueBadge } from '../../requests/RequestBits.tsx';
import { nextAction } from './next-action.ts';
import './resident-e-services.css';

const actionKeys = {
  pay: 'eServices.list.actionPay',
  sign: 'eServices.list.actionSign',
  download: 'eServices.list.actionDownload',
} as const;

/** "Sent requests": the resident's applications, newest first, with status, result date and what to do. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyApplicationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const applications = [...(data?.myApplications ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const toCatalogue = <ButtonLink to="/resident/services">{t('eServices.list.toCatalogue')}</ButtonLink>;

  return (
    <>
      <PageHeader
        title={t('eServices.list.title')}
        description={t('eServices.list.intro')}
        actions={applications.length > 0 ? toCatalogue : undefined}
      />
      <Card flush>
        {!data && loading ? (
          <LoadingState rows={4} />
        ) : !data && error ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : applications.length === 0 ? (
          <EmptyState
            title={t('eServices.list.emptyTitle')}
            text={t('eServices.list.emptyText')}
            action={toCatalogue}
          />
        ) : (
          <Table
            caption={t('eServices.list.caption')}
            data-testid="my-applications"
            head={
              <tr>
                <th scope="col">{t('eServices.list.number')}</th>
                <th scope="col">{t('eServices.list.service')}</th>
                <th scope="col">{t('eServices.list.status')}</th>
                <th scope="col">{t('eServices.list.submitted')}</th>
                <th scope="col">{t('eServices.list.deadline')}</th>
                <th scope="col">{t('eServices.list.next')}</th>
              </tr>
            }
          >
            {applications.map((application) => {
              const action = nextAction(application);
              const finished = ['APPROVED', 'REFUSED', 'INVALID'].includes(application.status);
              return (
                <LinkRow
                  key={application.id}
                  data-testid="application-row"
                  data-application-id={application.id}
                  href={`/resident/applications/${application.id}`}
                >
                  <td className="cell-number">
                    <Link to={`/resident/applications/${application.id}`}>{application.number}</Link>
                  </td>
                  <td>{application.serviceName}</td>
                  <td>
                    <BadgeRow>
                      <StatusBadge status={application.status} />
                      {application.overdue ? <OverdueBadge /> : null}
                    </BadgeRow>
                  </td>
                  <td>
                    <time dateTime={application.createdAt} className="numeric">
                      {format.date(application.createdAt)}
                    </time>
                  </td>
                  <td>
                    {finished ? (
                      <span className="muted-text">—</span>
                    ) : (
                      <Deadline request={application} compact />
                    )}
                  </td>
                  <td>
                    {action ? (
                      <span className="next-action" data-testid="next-action" data-action={action}>
                        {t(actionKeys[action])}
                      </span>
                    ) : (
                      <span className="muted-text">{t('eServices.list.actionNone')}</span>
                    )}
                  </td>
                </LinkRow>
              );
            })}
          </Table>
        )}
      </Card>
    </>
  );
}
