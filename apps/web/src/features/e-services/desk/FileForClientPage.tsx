import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CityBuildingsDocument,
  FileApplicationOnBehalfDocument,
  IntakeApplicationsDocument,
  NotaryServicesDocument,
  type FileApplicationOnBehalfMutation,
} from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError, validationMessage } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSubmissionKey } from '../../../lib/idempotency.ts';
import {
  Button,
  ButtonLink,
  Card,
  ChoiceGroup,
  EmptyState,
  ErrorState,
  FormAlert,
  IconCheck,
  LoadingState,
  PageHeader,
  Radio,
  Select,
  Spinner,
  TextField,
} from '../../../ui/index.ts';
import { ServiceForm } from '../form/ServiceForm.tsx';
import {
  clientSchema,
  emptyClient,
  notaryServices,
  type ClientField,
  type ClientValues,
} from './notary-form.ts';
import './desk.css';

type Filed = FileApplicationOnBehalfMutation['fileApplicationOnBehalf'];

/**
 * A notary office files an application for a client who came in, or a provider's call centre for a caller
 * (seed 003): the service, the client and the property first, then the service's own form (answers and
 * scanned documents), then the reference number to hand over. The client gets an access code by SMS.
 */
export function FileForClientPage({ mode = 'notary' }: { mode?: 'notary' | 'callCentre' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useQuery(NotaryServicesDocument);
  const [fileOnBehalf] = useMutation(FileApplicationOnBehalfDocument, {
    refetchQueries: [IntakeApplicationsDocument],
  });
  const submission = useSubmissionKey();
  const [client, setClient] = useState<(ClientValues & { address: string }) | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [formKey, setFormKey] = useState(0);
  const offered = notaryServices(services.data?.eServices ?? [], mode);
  const chosen = client ? offered.find((s) => s.code === client.serviceCode) : undefined;

  const restart = () => {
    setClient(null);
    setFiled(null);
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <PageHeader
        title={mode === 'notary' ? t('eServiceDesk.notary.title') : t('contacts.callCentre.title')}
        description={mode === 'notary' ? t('eServiceDesk.notary.intro') : t('contacts.callCentre.intro')}
      />
      {filed ? (
        <Card data-testid="filed-confirmation">
          <div className="desk-confirmation" role="status">
            <IconCheck size={32} />
            <h2>{t('eServiceDesk.notary.doneTitle')}</h2>
            <p>
              {t('eServiceDesk.notary.doneText', {
                service: filed.serviceName,
                name: isolate(client?.applicantName ?? ''),
              })}
            </p>
            <p className="desk-confirmation__label">{t('eServiceDesk.notary.reference')}</p>
            <p className="desk-confirmation__number numeric" data-testid="filed-number">
              {filed.number}
            </p>
            <div className="desk-form__buttons">
              <ButtonLink
                to={
                  mode === 'notary' ? `/dispatcher/filed/${filed.id}` : `/dispatcher/applications/${filed.id}`
                }
              >
                {t('eServiceDesk.notary.openFiled')}
              </ButtonLink>
              <Button variant="secondary" onClick={restart}>
                {t('eServiceDesk.notary.fileAnother')}
              </Button>
            </div>
          </div>
        </Card>
      ) : !services.data && services.loading ? (
        <Card>
          <LoadingState rows={4} />
        </Card>
      ) : !services.data && services.error ? (
        <Card>
          <ErrorState
            message={describeError(services.error, t).message}
            onRetry={() => void services.refetch()}
          />
        </Card>
      ) : offered.length === 0 ? (
        <Card>
          <EmptyState
            title={t('eServiceDesk.notary.noServicesTitle')}
            text={t('eServiceDesk.notary.noServicesText')}
          />
        </Card>
      ) : client && chosen ? (
        <div className="desk-filing">
          <Card className="desk-filing__summary" data-testid="client-summary">
            <dl className="desk-facts">
              <div className="desk-facts__row">
                <dt>{t('eServiceDesk.notary.service')}</dt>
                <dd>{chosen.name}</dd>
              </div>
              <div className="desk-facts__row">
                <dt>{t('eServiceDesk.notary.client')}</dt>
                <dd>
                  <bdi>{client.applicantName}</bdi> · <bdi>{client.applicantPhone}</bdi>
                </dd>
              </div>
              <div className="desk-facts__row">
                <dt>{t('eServiceDesk.notary.property')}</dt>
                <dd>
                  <bdi>{client.address}</bdi> ·{' '}
                  {t('eServiceDesk.detail.premises', { number: isolate(client.premisesNumber) })}
                </dd>
              </div>
            </dl>
            <Button variant="ghost" size="sm" data-testid="change-client" onClick={() => setClient(null)}>
              {t('eServiceDesk.notary.changeDetails')}
            </Button>
          </Card>
          <Card>
            <ServiceForm
              key={`${formKey}:${chosen.code}`}
              spec={chosen.spec}
              serviceName={chosen.name}
              locale={format.locale}
              prefill={{
                displayName: client.applicantName,
                phone: client.applicantPhone,
                ...(client.applicantEmail ? { email: client.applicantEmail } : {}),
              }}
              onSubmit={async (answers, documents) => {
                const variables = {
                  input: {
                    serviceCode: chosen.code,
                    applicantName: client.applicantName,
                    applicantPhone: client.applicantPhone,
                    applicantEmail: client.applicantEmail || null,
                    buildingId: client.buildingId,
                    premisesNumber: client.premisesNumber,
                    answers,
                    documents,
                  },
                };
                const result = await fileOnBehalf({ variables, context: submission.context(variables) });
                if (result.data) {
                  submission.succeeded();
                  setFiled(result.data.fileApplicationOnBehalf);
                }
              }}
            />
          </Card>
        </div>
      ) : (
        <Card>
          <ClientForm
            services={offered}
            initial={client ?? emptyClient}
            onContinue={(values, address) => setClient({ ...values, address })}
          />
        </Card>
      )}
    </>
  );
}

/** The first page: the service, the client's contacts and the property (a building found by search). */
function ClientForm({
  services,
  initial,
  onContinue,
}: {
  services: ReturnType<typeof notaryServices>;
  initial: ClientValues & { address?: string };
  onContinue: (values: ClientValues, address: string) => void;
}) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors },
  } = useForm<ClientValues>({
    resolver: zodResolver(clientSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });
  const [search, setSearch] = useState(initial.address ?? '');
  const [debounced, setDebounced] = useState(search.trim());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    timer.current = setTimeout(() => setDebounced(search.trim()), 300);
    return () => clearTimeout(timer.current);
  }, [search]);
  const buildings = useQuery(CityBuildingsDocument, {
    variables: { search: debounced },
    skip: debounced.length < 2,
  });
  const found = debounced.length < 2 ? [] : (buildings.data?.cityBuildings ?? []);
  const buildingId = useWatch({ control, name: 'buildingId' });
  const [picked, setPicked] = useState<{ id: string; address: string } | null>(
    initial.buildingId && initial.address ? { id: initial.buildingId, address: initial.address } : null,
  );
  const options = picked && !found.some((b) => b.id === picked.id) ? [picked, ...found] : found;
  const errorOf = (field: ClientField) => {
    const code = errors[field]?.message;
    return code ? validationMessage(code, t) : undefined;
  };

  const submit = handleSubmit((values) => {
    const address = options.find((b) => b.id === values.buildingId)?.address ?? '';
    onContinue(values, address);
  });

  return (
    <form className="desk-client-form" data-testid="client-form" noValidate onSubmit={(e) => void submit(e)}>
      {Object.keys(errors).length > 0 ? <FormAlert>{t('eServiceDesk.notary.fixErrors')}</FormAlert> : null}
      <fieldset className="desk-fieldset">
        <legend className="desk-fieldset__legend">{t('eServiceDesk.notary.serviceLegend')}</legend>
        <Select
          label={t('eServiceDesk.notary.service')}
          hint={t('eServiceDesk.notary.serviceHint')}
          error={errorOf('serviceCode')}
          data-testid="notary-service"
          {...register('serviceCode')}
        >
          <option value="">{t('eServiceDesk.notary.servicePlaceholder')}</option>
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.providerName
                ? t('eServiceDesk.notary.serviceOption', { service: s.name, provider: s.providerName })
                : s.name}
            </option>
          ))}
        </Select>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend className="desk-fieldset__legend">{t('eServiceDesk.notary.client')}</legend>
        <TextField
          label={t('eServiceDesk.notary.clientName')}
          autoComplete="off"
          error={errorOf('applicantName')}
          data-testid="client-name"
          {...register('applicantName')}
        />
        <TextField
          label={t('eServiceDesk.notary.clientPhone')}
          hint={t('eServiceDesk.notary.clientPhoneHint')}
          type="tel"
          inputMode="tel"
          dir="ltr"
          autoComplete="off"
          error={errorOf('applicantPhone')}
          data-testid="client-phone"
          {...register('applicantPhone')}
        />
        <TextField
          label={t('eServiceDesk.notary.clientEmail')}
          hint={t('eServiceDesk.notary.clientEmailHint')}
          type="email"
          dir="ltr"
          optional
          autoComplete="off"
          error={errorOf('applicantEmail')}
          data-testid="client-email"
          {...register('applicantEmail')}
        />
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend className="desk-fieldset__legend">{t('eServiceDesk.notary.property')}</legend>
        <TextField
          label={t('eServiceDesk.notary.buildingSearch')}
          hint={t('eServiceDesk.notary.buildingSearchHint')}
          type="search"
          autoComplete="off"
          required={false}
          value={search}
          data-testid="building-search"
          onChange={(e) => setSearch(e.target.value)}
        />
        <div aria-live="polite" className="desk-building-results">
          {buildings.loading && debounced.length >= 2 ? <Spinner /> : null}
          {debounced.length >= 2 && !buildings.loading && found.length === 0 && !picked ? (
            <p className="panel__note">{t('eServiceDesk.notary.noBuildings')}</p>
          ) : null}
        </div>
        <input type="hidden" {...register('buildingId')} />
        {options.length > 0 ? (
          <div
            className={errors.buildingId ? 'field field--invalid' : 'field'}
            data-testid="building-options"
          >
            <ChoiceGroup legend={t('eServiceDesk.notary.building')}>
              {options.map((b) => (
                <Radio
                  key={b.id}
                  label={<bdi>{b.address}</bdi>}
                  value={b.id}
                  checked={buildingId === b.id}
                  aria-invalid={errors.buildingId ? true : undefined}
                  onChange={() => {
                    setPicked(b);
                    setValue('buildingId', b.id, { shouldValidate: true });
                  }}
                />
              ))}
            </ChoiceGroup>
          </div>
        ) : null}
        {errorOf('buildingId') ? (
          <p className="field__error" role="alert" data-testid="building-error">
            <span>{t('eServiceDesk.notary.buildingRequired')}</span>
          </p>
        ) : null}
        <TextField
          label={t('eServiceDesk.notary.apartment')}
          autoComplete="off"
          error={errorOf('premisesNumber')}
          data-testid="client-apartment"
          {...register('premisesNumber')}
        />
      </fieldset>
      <div>
        <Button type="submit" data-testid="client-continue">
          {t('eServiceDesk.notary.continue')}
        </Button>
      </div>
    </form>
  );
}
