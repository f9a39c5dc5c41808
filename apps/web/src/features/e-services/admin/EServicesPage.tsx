import { useMutation, useQuery } from '@apollo/client/react';
import { formatMoney } from '@citydesk/i18n';
import { feeSchema, slaUnits, type Fee, type SlaUnit } from '@citydesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminCityDocument,
  AdminEServicesDocument,
  ServiceDistrictsDocument,
  SetServiceDistrictDocument,
  type AdminEServicesQuery,
  type AdminServiceDistrictFragment,
} from '../../../gql/e-services-admin/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  FormAlert,
  LoadingState,
  PageHeader,
  Table,
  useToast,
} from '../../../ui/index.ts';
import { MeterJumpSettings } from './MeterJumpSettings.tsx';
import { MeterWindowSettings } from './MeterWindowSettings.tsx';
import './EServicesPage.css';

type Service = AdminEServicesQuery['eServices'][number];
const isSlaUnit = (unit: string): unit is SlaUnit => (slaUnits as readonly string[]).includes(unit);

/** The parts of a definition the catalogue shows; read leniently, so one odd definition hides only its fee. */
function readCatalogueFacts(definition: unknown): { fee: Fee | null; rollout: boolean } {
  const value = definition && typeof definition === 'object' ? (definition as Record<string, unknown>) : {};
  const fee = feeSchema.safeParse(value['fee']);
  return { fee: fee.success ? fee.data : null, rollout: value['districtRollout'] === true };
}

/** The administrator's e-service catalogue: who provides each service, by when, for how much, and where. */
export function EServicesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(AdminEServicesDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const city = useQuery(AdminCityDocument).data?.city ?? null;
  const services = data?.eServices ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the administrator picks one: the first service rolled out district by district.
  const selected =
    services.find((s) => s.code === chosen) ??
    services.find((s) => readCatalogueFacts(s.definition).rollout) ??
    services[0];

  const sla = (service: Service) =>
    isSlaUnit(service.slaUnit)
      ? t(`eServiceDesk.admin.sla.${service.slaUnit}`, { amount: format.number(service.slaAmount) })
      : `${format.number(service.slaAmount)} ${service.slaUnit}`;
  const fee = (service: Service) => {
    const { fee: charged } = readCatalogueFacts(service.definition);
    if (!charged) return t('common.notSpecified');
    if (charged.kind === 'FIXED')
      return city ? formatMoney(charged.amount, city.currency, format.locale) : t('common.notSpecified');
    return charged.kind === 'FREE' ? t('eServiceDesk.admin.feeFree') : t('eServiceDesk.admin.feeAssessed');
  };

  return (
    <>
      <PageHeader title={t('eServiceDesk.admin.title')} description={t('eServiceDesk.admin.intro')} />
      {!data && loading ? (
        <Card>
          <LoadingState rows={6} />
        </Card>
      ) : !data && error ? (
        <Card>
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        </Card>
      ) : services.length === 0 ? (
        <Card>
          <EmptyState title={t('eServiceDesk.admin.emptyTitle')} />
        </Card>
      ) : (
        <div className="e-services-admin">
          <Card flush>
            <Table
              caption={t('eServiceDesk.admin.catalogueCaption')}
              data-testid="e-service-catalogue"
              head={
                <tr>
                  <th scope="col">{t('eServiceDesk.admin.service')}</th>
                  <th scope="col">{t('eServiceDesk.admin.provider')}</th>
                  <th scope="col">{t('eServiceDesk.admin.slaTitle')}</th>
                  <th scope="col">{t('eServiceDesk.admin.fee')}</th>
                  <th scope="col">{t('eServiceDesk.admin.rollout')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('eServiceDesk.admin.districtsColumn')}</span>
                  </th>
                </tr>
              }
            >
              {services.map((service) => {
                const { rollout } = readCatalogueFacts(service.definition);
                const isSelected = service.code === selected?.code;
                return (
                  <tr
                    key={service.code}
                    data-testid="e-service-row"
                    data-code={service.code}
                    className={isSelected ? 'is-selected' : undefined}
                  >
                    <td>
                      <span className="cell-stack">
                        <span>{service.name}</span>
                        <span className="cell-sub" dir="ltr">
                          {service.code}
                        </span>
                      </span>
                    </td>
                    <td>{service.providerName ?? t('common.notSpecified')}</td>
                    <td>{sla(service)}</td>
                    <td>{fee(service)}</td>
                    <td>
                      {rollout ? (
                        <Badge tone="accent">{t('eServiceDesk.admin.byDistrict')}</Badge>
                      ) : (
                        <Badge>{t('eServiceDesk.admin.cityWide')}</Badge>
                      )}
                    </td>
                    <td>
                      <Button
                        size="sm"
                        variant={isSelected ? 'primary' : 'secondary'}
                        aria-pressed={isSelected}
                        aria-controls="service-districts"
                        aria-label={t('eServiceDesk.admin.showDistricts', { service: service.name })}
                        data-testid="show-districts"
                        onClick={() => setChosen(service.code)}
                      >
                        {t('eServiceDesk.admin.districtsColumn')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </Table>
          </Card>
          {selected ? (
            <div id="service-districts">
              <ServiceDistricts
                key={selected.code}
                service={selected}
                rollout={readCatalogueFacts(selected.definition).rollout}
              />
            </div>
          ) : null}
          {city ? (
            <>
              <MeterWindowSettings fromDay={city.meterReadingFromDay} toDay={city.meterReadingToDay} />
              <MeterJumpSettings multiple={city.meterReadingJumpMultiple} />
            </>
          ) : null}
        </div>
      )}
    </>
  );
}

/** One service's districts: where it is offered (a switch each) and how many documents each has issued. */
export function ServiceDistricts({
  service,
  rollout,
}: {
  service: Pick<Service, 'code' | 'name'>;
  /** Offered district by district (a switch each); otherwise the whole city, and only the counts show. */
  rollout: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const titleId = `districts-${service.code}`;
  const { data, loading, error, refetch } = useQuery(ServiceDistrictsDocument, {
    variables: { serviceCode: service.code },
    fetchPolicy: 'cache-and-network',
  });
  const [setDistrict] = useMutation(SetServiceDistrictDocument);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const districts = data?.serviceDistricts ?? [];

  const toggle = async (district: AdminServiceDistrictFragment) => {
    setPending(district.districtId);
    setFailure(null);
    try {
      const result = await setDistrict({
        variables: { serviceCode: service.code, districtId: district.districtId, enabled: !district.enabled },
      });
      if (result.data) {
        await refetch();
        toast.show({
          tone: 'success',
          message: district.enabled
            ? t('eServiceDesk.admin.disabledToast', {
                service: service.name,
                district: isolate(district.name),
              })
            : t('eServiceDesk.admin.enabledToast', {
                service: service.name,
                district: isolate(district.name),
              }),
        });
      }
    } catch (problem) {
      setFailure(describeError(problem, t).message);
    } finally {
      setPending(null);
    }
  };

  return (
    <Card aria-labelledby={titleId} data-testid="service-districts" data-code={service.code}>
      <h2 className="e-services-admin__title" id={titleId}>
        {service.name}
      </h2>
      {!data && loading ? (
        <LoadingState rows={3} />
      ) : !data && error ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : districts.length === 0 ? (
        <p className="panel__note">{t('eServiceDesk.admin.noDistricts')}</p>
      ) : (
        <div className="e-services-admin__districts">
          {rollout ? null : <p className="panel__note">{t('eServiceDesk.admin.cityWideNote')}</p>}
          {failure ? <FormAlert>{failure}</FormAlert> : null}
          <IssuedChart districts={districts} titleId={`${titleId}-chart`} />
          <Table
            caption={t('eServiceDesk.admin.districtsCaption', { service: service.name })}
            head={
              <tr>
                <th scope="col">{t('eServiceDesk.admin.district')}</th>
                <th scope="col">{t('eServiceDesk.admin.offered')}</th>
                <th scope="col">{t('eServiceDesk.admin.enabledSince')}</th>
                <th scope="col" className="numeric-cell">
                  {t('eServiceDesk.admin.issued')}
                </th>
              </tr>
            }
          >
            {districts.map((d) => (
              <tr key={d.districtId} data-testid="district-row" data-district-id={d.districtId}>
                <th scope="row">{d.name}</th>
                <td>
                  {rollout ? (
                    <label className="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        className="switch__input"
                        checked={d.enabled}
                        disabled={pending === d.districtId}
                        aria-label={t('eServiceDesk.admin.toggle', {
                          service: service.name,
                          district: d.name,
                        })}
                        data-testid="district-toggle"
                        onChange={() => void toggle(d)}
                      />
                      <span className="switch__track" aria-hidden="true" />
                      <span className="switch__text">
                        {d.enabled ? t('eServiceDesk.admin.on') : t('eServiceDesk.admin.off')}
                      </span>
                    </label>
                  ) : (
                    <Badge>{t('eServiceDesk.admin.cityWide')}</Badge>
                  )}
                </td>
                <td>{d.enabledAt ? format.date(d.enabledAt) : '—'}</td>
                <td className="numeric-cell numeric" data-testid="district-issued">
                  {format.number(d.issued)}
                </td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}

/** Documents issued per district as horizontal bars (SVG); its accessible name lists every number. */
function IssuedChart({
  districts,
  titleId,
}: {
  districts: readonly AdminServiceDistrictFragment[];
  titleId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = Math.max(1, ...districts.map((d) => d.issued));
  const total = districts.reduce((sum, d) => sum + d.issued, 0);
  const summary = districts
    .map((d) => t('eServiceDesk.admin.chartItem', { district: d.name, count: format.number(d.issued) }))
    .join('; ');
  return (
    <figure className="issued-chart" aria-labelledby={titleId} data-testid="issued-chart">
      <figcaption id={titleId} className="issued-chart__caption">
        {t('eServiceDesk.admin.chartTitle', { total: format.number(total) })}
      </figcaption>
      <div role="img" aria-label={summary} className="issued-chart__rows">
        {districts.map((d) => (
          <div key={d.districtId} className="issued-chart__row" aria-hidden="true">
            <span className="issued-chart__label">{d.name}</span>
            <svg
              className="issued-chart__svg"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className="issued-chart__track" />
              <rect
                x="0"
                y="0"
                width={(d.issued / max) * 100}
                height="10"
                className={d.enabled ? 'issued-chart__bar' : 'issued-chart__bar issued-chart__bar--off'}
              />
            </svg>
            <span className="issued-chart__value numeric">{format.number(d.issued)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
