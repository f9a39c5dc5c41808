import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditLogDocument } from '../../../gql/administrator/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button, Card, EmptyState, ErrorState, LoadingState, PageHeader, Table } from '../../../ui/index.ts';
import { apiFilter, hasFilters, noFilters, type AuditFilterState } from './audit-filter.ts';
import { AuditEntryRow } from './AuditEntryRow.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import './AuditLogPage.css';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The administrator's audit log: newest first, a page at a time, narrowed by action, days (the city's), and
 * the person or object picked from a row. Older pages are reached through the server's cursors.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const [filters, setFilters] = useState<AuditFilterState>(noFilters);
  // The cursors of the pages before this one (empty on the newest page) and this page's own.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const filter = apiFilter(filters, timeZone);
  const { data, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { first: AUDIT_PAGE_SIZE, ...(filter ? { filter } : {}), ...(after ? { after } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditLog;
  const narrow = (next: AuditFilterState) => {
    setFilters(next);
    setCursors([]);
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.intro')}
        actions={
          <Button variant="secondary" size="sm" onClick={() => void refetch()} loading={loading && !!data}>
            {t('audit.refresh')}
          </Button>
        }
      />
      <Card>
        <AuditFilters value={filters} onChange={narrow} />
        {error && !data ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingState />
        ) : !page || page.nodes.length === 0 ? (
          hasFilters(filters) ? (
            <EmptyState title={t('audit.emptyFiltered.title')} text={t('audit.emptyFiltered.text')} />
          ) : (
            <EmptyState title={t('audit.empty.title')} text={t('audit.empty.text')} />
          )
        ) : (
          <>
            <Table
              caption={t('audit.caption')}
              className="audit-table"
              head={
                <tr>
                  <th scope="col">{t('audit.columns.when')}</th>
                  <th scope="col">{t('audit.columns.action')}</th>
                  <th scope="col">{t('audit.columns.who')}</th>
                  <th scope="col">{t('audit.columns.target')}</th>
                  <th scope="col">{t('audit.columns.details')}</th>
                </tr>
              }
            >
              {page.nodes.map((entry) => (
                <AuditEntryRow
                  key={entry.id}
                  entry={entry}
                  onPick={(picked) => narrow({ ...filters, ...picked })}
                />
              ))}
            </Table>
            <nav className="audit-pages" aria-label={t('audit.caption')}>
              <Button
                variant="secondary"
                size="sm"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                {t('audit.newer')}
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={!page.pageInfo.hasNextPage || !page.pageInfo.endCursor}
                onClick={() => setCursors([...cursors, page.pageInfo.endCursor!])}
              >
                {t('audit.older')}
              </Button>
            </nav>
          </>
        )}
      </Card>
    </>
  );
}
