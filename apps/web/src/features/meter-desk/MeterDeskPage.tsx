import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { MeterDeskAvailableDocument } from '../../gql/meter-desk/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { Card, EmptyState, ErrorState, IconBack, LoadingState, PageHeader } from '../../ui/index.ts';
import { MeterPanel } from './MeterPanel.tsx';
import { MeterSearch } from './MeterSearch.tsx';
import { meterDeskHref } from './meter-desk.ts';
import '../dispatcher/DispatcherDeskPage.css';
import '../requests/RequestLayout.css';
import '../e-services/desk/desk.css';
import '../meters/MetersPage.css';
import './meter-desk.css';

/** Whether the viewer's organization keeps the city's meters (the shell shows the desk's nav entry only then). */
export function useMeterDeskAvailable(): boolean {
  const { data } = useQuery(MeterDeskAvailableDocument, { fetchPolicy: 'cache-first' });
  return data?.meterDeskAvailable === true;
}

/**
 * The meter desk (`/dispatcher/meters`, `/dispatcher/meters/:id?q=…`): the search on one side, the chosen meter
 * on the other; on narrow screens the meter replaces the list, with a link back to it. The search text lives
 * in the address, so "back" and a reload find the same list.
 */
export function MeterDeskPage() {
  const { t } = useTranslation();
  const { id: selectedId } = useParams();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const available = useQuery(MeterDeskAvailableDocument, { fetchPolicy: 'cache-first' });

  const header = <PageHeader title={t('meterDesk.title')} description={t('meterDesk.intro')} />;
  if (!available.data) {
    return (
      <>
        {header}
        <Card>
          {available.error ? (
            <ErrorState
              message={describeError(available.error, t).message}
              onRetry={() => void available.refetch()}
            />
          ) : (
            <LoadingState />
          )}
        </Card>
      </>
    );
  }
  if (!available.data.meterDeskAvailable) {
    return (
      <>
        {header}
        <Card>
          <EmptyState title={t('meterDesk.unavailable.title')} text={t('meterDesk.unavailable.text')} />
        </Card>
      </>
    );
  }

  return (
    <>
      {header}
      <div className={['desk', 'meter-desk', selectedId ? 'meter-desk--selected' : ''].join(' ')}>
        <Card className="meter-desk__search">
          <MeterSearch
            value={search}
            onChange={(text) => setParams(text ? { q: text } : {}, { replace: true })}
            selectedId={selectedId}
          />
        </Card>
        <div className="desk__panel meter-desk__panel">
          {selectedId ? (
            <>
              <Link to={meterDeskHref(search)} className="back-link meter-desk__back">
                <IconBack size={16} />
                {t('meterDesk.back')}
              </Link>
              <MeterPanel key={selectedId} id={selectedId} />
            </>
          ) : (
            <Card>
              <EmptyState
                compact
                title={t('meterDesk.placeholder.title')}
                text={t('meterDesk.placeholder.text')}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
