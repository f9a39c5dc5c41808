import type { ServiceSpec } from '@citydesk/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { localized } from '../form/localized.ts';
import { useFeeText, useSlaText } from './terms.ts';
import './e-services.css';

export interface ServiceCardService {
  code: string;
  name: string;
  providerName: string | null;
  slaAmount: number;
  slaUnit: string;
}

/** A catalogue entry: name, summary, provider, how long it takes, the fee, signing, and an action (Apply). */
export function ServiceCard({
  service,
  spec,
  currency,
  action,
}: {
  service: ServiceCardService;
  /** The parsed definition; null when it cannot be read (the card then says so). */
  spec: ServiceSpec | null;
  currency?: string;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sla = useSlaText()(service);
  const fee = useFeeText();
  const headingId = `service-${service.code}`;
  return (
    <article
      className="service-card"
      aria-labelledby={headingId}
      data-testid="service-card"
      data-code={service.code}
    >
      <h2 className="service-card__name" id={headingId}>
        {service.name}
      </h2>
      {spec ? (
        <p className="service-card__summary">{localized(spec.summary, format.locale)}</p>
      ) : (
        <p className="service-card__summary service-card__summary--muted">
          {t('eServices.catalogue.unreadable')}
        </p>
      )}
      <dl className="service-card__terms">
        {service.providerName ? (
          <div className="service-card__term">
            <dt>{t('eServices.catalogue.provider')}</dt>
            <dd>
              <bdi>{service.providerName}</bdi>
            </dd>
          </div>
        ) : null}
        {sla ? (
          <div className="service-card__term">
            <dt>{t('eServices.catalogue.result')}</dt>
            <dd data-testid="service-sla">{sla}</dd>
          </div>
        ) : null}
        {spec ? (
          <>
            <div className="service-card__term">
              <dt>{t('eServices.catalogue.fee')}</dt>
              <dd data-testid="service-fee">{fee(spec.fee, currency)}</dd>
            </div>
            <div className="service-card__term">
              <dt>{t('eServices.catalogue.signature')}</dt>
              <dd data-testid="service-signing">
                {spec.signing === 'ONE_TIME_CODE'
                  ? t('eServices.catalogue.signingCode')
                  : t('eServices.catalogue.signingNone')}
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      {action ? <div className="service-card__action">{action}</div> : null}
    </article>
  );
}
