import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CityOverviewDocument,
  RouteRequestDocument,
  UnroutedRequestsDocument,
} from '../../gql/administrator/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError, validationMessage } from '../../lib/errors.ts';
import { Button, useToast } from '../../ui/index.ts';

export interface RouteFormProps {
  request: { id: string; number: string; version: number };
  companies: ReadonlyArray<{ id: string; name: string }>;
}

/** Routes an unrouted request to a management company chosen by the administrator. */
export function RouteForm({ request, companies }: RouteFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [organizationId, setOrganizationId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [route, { loading }] = useMutation(RouteRequestDocument, {
    refetchQueries: [UnroutedRequestsDocument, CityOverviewDocument],
  });
  const selectId = `route-${request.id}`;
  const errorId = `${selectId}-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!organizationId) {
      setError(validationMessage('required', t));
      return;
    }
    try {
      await route({
        variables: { input: { requestId: request.id, version: request.version, organizationId } },
      });
      const company = companies.find((c) => c.id === organizationId)?.name ?? '';
      toast.show({
        tone: 'success',
        message: t('admin.unrouted.routed', { number: isolate(request.number), company: isolate(company) }),
      });
    } catch (caught) {
      const problem = describeError(caught, t);
      setError(problem.message);
      if (problem.code === 'STALE_VERSION') toast.show({ message: t('request.staleToast') });
    }
  };

  return (
    <form className="route-form" data-testid="route-form" noValidate onSubmit={(e) => void submit(e)}>
      <label htmlFor={selectId} className="visually-hidden">
        {t('admin.unrouted.company', { number: isolate(request.number) })}
      </label>
      <select
        id={selectId}
        className="control control--select route-form__select"
        value={organizationId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid="route-company"
        onChange={(event) => setOrganizationId(event.target.value)}
      >
        <option value="">{t('admin.unrouted.companyPlaceholder')}</option>
        {companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" loading={loading} data-testid="route-submit">
        {t('admin.unrouted.route')}
      </Button>
      {error ? (
        <p className="field__error route-form__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
