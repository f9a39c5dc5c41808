import { useMutation, useQuery } from '@apollo/client/react';
import type { Answers } from '@citydesk/domain';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  ApplyForEServiceDocument,
  ConfirmedEmailsDocument,
  MyApplicationsDocument,
  SubmitApplicationDocument,
} from '../../../gql/e-services-resident/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSubmissionKey } from '../../../lib/idempotency.ts';
import {
  Button,
  Card,
  ChoiceGroup,
  EmptyState,
  ErrorState,
  FormAlert,
  IconBack,
  LoadingState,
  PageHeader,
  Radio,
} from '../../../ui/index.ts';
import { useViewer } from '../../session/session-context.ts';
import { localized } from '../form/localized.ts';
import { ServiceForm, type SubmittedDocument } from '../form/ServiceForm.tsx';
import { useServiceSpec } from '../shared/spec.ts';
import { ContactConfirmation } from './ContactConfirmation.tsx';
import '../../requests/RequestLayout.css';
import './resident-e-services.css';

/** Applying for a service: the premises it is about (when it asks), the service's form, then sending. */
export function ApplyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ApplyForEServiceDocument, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });
  const [submit] = useMutation(SubmitApplicationDocument, {
    refetchQueries: [MyApplicationsDocument],
  });
  const submission = useSubmissionKey();
  const service = data?.eService ?? null;
  const spec = useServiceSpec(service?.definition);
  const premises = data?.myPremises ?? [];
  const confirmedEmails = useQuery(ConfirmedEmailsDocument).data?.confirmedEmails;
  const [confirmedHere, setConfirmedHere] = useState<string[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const back = (
    <Link to="/resident/services" className="back-link">
      <IconBack size={16} />
      {t('eServices.apply.backToCatalogue')}
    </Link>
  );
  const shell = (title: string, body: ReactNode) => (
    <>
      <PageHeader title={title} eyebrow={back} />
      <Card>{body}</Card>
    </>
  );

  if (!data && loading) return shell(t('eServices.catalogue.title'), <LoadingState />);
  if (!data && error) {
    return shell(
      t('eServices.catalogue.title'),
      <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />,
    );
  }
  if (!service) {
    return shell(
      t('eServices.catalogue.title'),
      <EmptyState title={t('eServices.apply.notFound')} text={t('errors.NOT_FOUND')} />,
    );
  }
  if (!spec) return shell(service.name, <FormAlert>{t('eServices.catalogue.unreadable')}</FormAlert>);

  const aboutPremises = spec.subject === 'PREMISES';
  const premisesId = aboutPremises
    ? premises.length === 1
      ? premises[0]!.id
      : confirmed
        ? chosen
        : null
    : null;
  const selected = premises.find((p) => p.id === premisesId);

  const onSubmit = async (answers: Answers, documents: SubmittedDocument[]) => {
    const variables = {
      input: {
        serviceCode: service.code,
        answers,
        ...(documents.length > 0 ? { documents } : {}),
        ...(premisesId ? { premisesId } : {}),
      },
    };
    const result = await submit({ variables, context: submission.context(variables) });
    const application = result.data?.submitApplication;
    if (application) {
      submission.succeeded();
      void navigate(`/resident/applications/${application.id}/sent`);
    }
  };

  // The application's notices go to the e-mail it gives: another address than the account's is confirmed
  // first (the server refuses it unconfirmed).
  const confirmedAddresses = new Set([
    viewer.email.toLowerCase(),
    ...(confirmedEmails ?? []),
    ...confirmedHere,
  ]);
  const beforeSend = (answers: Answers) => {
    const email = typeof answers.email === 'string' ? answers.email.toLowerCase() : null;
    if (email === null || confirmedAddresses.has(email)) return null;
    return {
      content: (
        <ContactConfirmation
          key={email}
          email={email}
          onConfirmed={() => setConfirmedHere((all) => [...all, email])}
        />
      ),
      blockedMessage: t('contacts.confirm.needed'),
    };
  };

  let body: ReactNode;
  if (aboutPremises && premises.length === 0) {
    body = (
      <Card>
        <FormAlert tone="info">{t('eServices.apply.noPremises')}</FormAlert>
      </Card>
    );
  } else if (aboutPremises && !premisesId) {
    body = (
      <Card>
        <PremisesChoice
          premises={premises}
          value={chosen}
          onChange={setChosen}
          onContinue={() => setConfirmed(true)}
        />
      </Card>
    );
  } else {
    body = (
      <Card>
        {selected ? (
          <p className="apply-premises" data-testid="apply-premises">
            <span>
              {t('eServices.apply.forPremises', {
                address: t('eServices.apply.premisesOption', {
                  address: selected.address,
                  number: selected.number,
                }),
              })}
            </span>
            {premises.length > 1 ? (
              <button type="button" className="link-button" onClick={() => setConfirmed(false)}>
                {t('eServices.apply.changePremises')}
              </button>
            ) : null}
          </p>
        ) : null}
        <ServiceForm
          spec={spec}
          serviceName={service.name}
          locale={format.locale}
          prefill={{ email: viewer.email, phone: viewer.phone ?? undefined, displayName: viewer.displayName }}
          onSubmit={onSubmit}
          beforeSend={beforeSend}
        />
      </Card>
    );
  }

  return (
    <div className="apply-page" data-testid="apply-page" data-code={service.code}>
      <PageHeader title={service.name} eyebrow={back} description={localized(spec.summary, format.locale)} />
      {body}
    </div>
  );
}

function PremisesChoice({
  premises,
  value,
  onChange,
  onContinue,
}: {
  premises: ReadonlyArray<{ id: string; number: string; address: string }>;
  value: string | null;
  onChange: (id: string) => void;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const name = `premises${useId().replace(/:/g, '')}`;
  const [problem, setProblem] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) {
      setProblem(true);
      return;
    }
    onContinue();
  };
  return (
    <form className="premises-choice" onSubmit={onSubmit} noValidate data-testid="premises-choice">
      {problem ? <FormAlert>{t('eServices.apply.premisesRequired')}</FormAlert> : null}
      <ChoiceGroup legend={t('eServices.apply.premisesTitle')}>
        <p className="field__hint">{t('eServices.apply.premisesHint')}</p>
        {premises.map((p) => (
          <Radio
            key={p.id}
            name={name}
            value={p.id}
            checked={value === p.id}
            onChange={() => {
              setProblem(false);
              onChange(p.id);
            }}
            label={t('eServices.apply.premisesOption', { address: p.address, number: p.number })}
          />
        ))}
      </ChoiceGroup>
      <div>
        <Button type="submit">{t('eServices.form.continue')}</Button>
      </div>
    </form>
  );
}
