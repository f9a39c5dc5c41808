import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState, PageHeader } from '../../ui/index.ts';

export function NotFoundPage({ homeHref = '/' }: { homeHref?: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <PageHeader title={t('notFound.title')} />
      <Card>
        <EmptyState
          title={t('notFound.title')}
          text={t('notFound.text')}
          action={<Link to={homeHref}>{t('notFound.home')}</Link>}
        />
      </Card>
    </main>
  );
}
