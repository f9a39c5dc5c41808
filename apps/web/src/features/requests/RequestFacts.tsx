import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { Deadline, useLocationText } from './RequestBits.tsx';
import type { RequestDetailFields } from './types.ts';
import './RequestFacts.css';

/** The facts of a request as a description list: what, where, who, by when. */
export function RequestFacts({ request }: { request: RequestDetailFields }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocationText()(request);
  return (
    <dl className="facts" data-testid="request-facts">
      <div className="facts__item facts__item--wide">
        <dt>{t('request.description')}</dt>
        <dd className="facts__description" dir="auto">
          {request.description}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.category')}</dt>
        <dd>{request.category.name}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.priority')}</dt>
        <dd>{t(`priority.${request.priority}`)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.address')}</dt>
        <dd>
          <bdi>{location.address}</bdi>
          {location.place ? <span className="facts__sub">{location.place}</span> : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.contact')}</dt>
        <dd>
          <bdi>{request.contactName}</bdi>
          <span className="facts__sub" dir="ltr">
            {request.contactPhone}
          </span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.createdAt')}</dt>
        <dd>
          <time dateTime={request.createdAt} className="numeric">
            {format.dateTime(request.createdAt)}
          </time>
          <span className="facts__sub">{t(`channel.${request.channel}`)}</span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.deadline')}</dt>
        <dd>
          <Deadline request={request} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.organization')}</dt>
        <dd>{request.organization ? <bdi>{request.organization.name}</bdi> : t('common.notSpecified')}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('request.contractor')}</dt>
        <dd>{request.contractor ? <bdi>{request.contractor.name}</bdi> : t('common.notSpecified')}</dd>
      </div>
    </dl>
  );
}
