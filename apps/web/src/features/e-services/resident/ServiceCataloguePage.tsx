import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EServiceCatalogueDocument } from '../../../gql/e-services-resident/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { ButtonLink, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '../../../ui/index.ts';
import { ServiceCard } from '../shared/ServiceCard.tsx';
import { readServiceSpec } from '../shared/spec.ts';
import '../shared/e-services.css';

/** The e-service catalogue: a card per service with its terms and an Apply link. */
export function ServiceCataloguePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EServiceCatalogueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const services = [...(data?.eServices ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <PageHeader title={t('eServices.catalogue.title')} description={t('eServices.catalogue.intro')} />
      {!data && loading ? (
        <Card>
          <LoadingState rows={4} />
        </Card>
      ) : !data && error ? (
        <Card>
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        </Card>
      ) : services.length === 0 ? (
        <Card>
          <EmptyState title={t('eServices.catalogue.emptyTitle')} text={t('eServices.catalogue.emptyText')} />
        </Card>
      ) : (
        <ul className="service-grid" data-testid="service-catalogue">
          {services.map((service) => {
            const spec = readServiceSpec(service.definition);
            return (
              <li key={service.id}>
                <ServiceCard
                  service={service}
                  spec={spec}
                  action={
                    spec ? (
                      <ButtonLink
                        to={`/resident/services/${encodeURIComponent(service.code)}`}
                        aria-label={t('eServices.catalogue.applyLabel', { name: service.name })}
                      >
                        {t('eServices.catalogue.apply')}
                      </ButtonLink>
                    ) : null
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
