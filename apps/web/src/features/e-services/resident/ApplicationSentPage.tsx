import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MyApplicationDocument } from '../../../gql/e-services-resident/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { ButtonLink, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '../../../ui/index.ts';
import { useViewer } from '../../session/session-context.ts';
import { localized } from '../form/localized.ts';
import { ConfirmationPanel } from '../shared/ConfirmationPanel.tsx';
import { useServiceSpec } from '../shared/spec.ts';
import { SigningStep } from './SigningStep.tsx';
import './resident-e-services.css';

/** After sending: the signing step when the service must be signed, then the GOV.UK confirmation page. */
export function ApplicationSentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const application = data?.application ?? null;
  const spec = useServiceSpec(application?.definition);

  if (!application) {
    return (
      <>
        <PageHeader title={t('eServices.list.title')} />
        <Card>
          {!data && loading ? (
            <LoadingState />
          ) : !data && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : (
            <EmptyState title={t('eServices.detail.notFound')} text={t('errors.NOT_FOUND')} />
          )}
        </Card>
      </>
    );
  }

  if (application.status === 'SUBMITTED' && application.viewerCan.sign) {
    return (
      <div className="sent-page" data-testid="application-sent">
        <PageHeader title={t('eServices.signing.title')} description={application.serviceName} />
        <Card>
          <SigningStep applicationId={application.id} number={application.number} />
        </Card>
      </div>
    );
  }

  return (
    <div className="sent-page" data-testid="application-sent">
      <ConfirmationPanel number={application.number} />
      <Card>
        <div className="next-steps">
          {viewer.email ? <p>{t('eServices.confirmation.emailed', { email: viewer.email })}</p> : null}
          <h2>{t('eServices.confirmation.nextTitle')}</h2>
          {spec ? (
            <p className="next-steps__text" data-testid="what-happens-next">
              {localized(spec.whatHappensNext, format.locale)}
            </p>
          ) : null}
          <p>{t('eServices.confirmation.followText')}</p>
          <div className="next-steps__actions">
            <ButtonLink to={`/resident/applications/${application.id}`}>
              {t('eServices.confirmation.openApplication')}
            </ButtonLink>
            <Link to="/resident/applications">{t('eServices.confirmation.toApplications')}</Link>
          </div>
        </div>
      </Card>
    </div>
  );
}
