import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n.ts';
import { CityClockDocument } from '../../gql/session/graphql.ts';
import './Brand.css';

/** The product mark with the city's name under it (none before the city is set up). */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t, i18n } = useTranslation();
  const city = useQuery(CityClockDocument).data?.city;
  return (
    <span className={`brand brand--${size}`}>
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path d="M8 24V13l8-5 8 5v11h-5v-6h-6v6z" fill="var(--brand-mark-fg, #fff)" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        {city ? <span className="brand__city">{city.names[currentLocale(i18n)]}</span> : null}
      </span>
    </span>
  );
}
