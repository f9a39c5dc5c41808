import { useLazyQuery } from '@apollo/client/react';
import { normalizeVerificationCode } from '@citydesk/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TrackApplicationDocument, type TrackApplicationQuery } from '../../gql/public/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, Card, FormAlert, LoadingState, PageHeader, StatusBadge, TextField } from '../../ui/index.ts';
import { IssuedDocuments } from '../e-services/shared/IssuedDocuments.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { downloadTrackedPdf } from './tracked-pdf.ts';
import './TrackPage.css';

type Tracked = NonNullable<TrackApplicationQuery['trackApplication']>;
type Access = { number: string; code: string };

/**
 * `/track`: a citizen for whom an office (a notary, the call centre) filed an application opens it with its
 * number and the access code sent to them, without an account, and downloads its documents.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const [access, setAccess] = useState<Access | null>(null);
  const [track, { data, loading, error }] = useLazyQuery(TrackApplicationDocument, {
    fetchPolicy: 'network-only',
  });
  const tracked = access ? data?.trackApplication : undefined;

  const open = async (next: Access) => {
    setAccess(next);
    await track({ variables: next }).catch(() => undefined);
  };

  return (
    <PublicLayout>
      <PageHeader title={t('contacts.track.title')} description={t('contacts.track.intro')} />
      {error ? <FormAlert>{describeError(error, t).message}</FormAlert> : null}
      {loading ? <LoadingState label={t('contacts.track.opening')} /> : null}
      {access && !loading && !error && tracked === null ? (
        <div data-testid="track-not-found">
          <FormAlert>{t('contacts.track.notFound')}</FormAlert>
        </div>
      ) : null}
      {access && tracked ? <TrackedApplication application={tracked} access={access} /> : null}
      <Card title={tracked ? t('contacts.track.another') : undefined}>
        <TrackForm onOpen={(next) => void open(next)} busy={loading} />
      </Card>
    </PublicLayout>
  );
}

function TrackForm({ onOpen, busy }: { onOpen: (access: Access) => void; busy: boolean }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Access>({ defaultValues: { number: '', code: '' } });
  const onSubmit = handleSubmit(({ number, code }) =>
    onOpen({ number: number.trim().toUpperCase(), code: normalizeVerificationCode(code)! }),
  );
  return (
    <form className="track-form" noValidate onSubmit={(e) => void onSubmit(e)} data-testid="track-form">
      <TextField
        label={t('contacts.track.number')}
        hint={t('contacts.track.numberHint')}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        error={errors.number ? t('validation.required') : undefined}
        data-testid="track-number"
        {...register('number', { validate: (v) => v.trim().length > 0 })}
      />
      <TextField
        label={t('contacts.track.code')}
        hint={t('contacts.track.codeHint')}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        className="track-form__code"
        error={errors.code ? t('validation.invalid_format') : undefined}
        data-testid="track-code"
        {...register('code', { validate: (v) => normalizeVerificationCode(v) !== null })}
      />
      <div>
        <Button type="submit" loading={busy} data-testid="track-submit">
          {t('contacts.track.submit')}
        </Button>
      </div>
    </form>
  );
}

function TrackedApplication({ application: a, access }: { application: Tracked; access: Access }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const rows: [string, string | null][] = [
    [t('contacts.track.service'), a.serviceName],
    [t('contacts.track.organization'), a.organizationName],
    [t('contacts.track.filedBy'), a.intakeOrganizationName],
    [t('contacts.track.submitted'), format.date(a.createdAt)],
    [
      a.decidedAt ? t('contacts.track.decided') : t('contacts.track.deadline'),
      format.date(a.decidedAt ?? a.deadlineAt),
    ],
    [t('contacts.track.ground'), a.refusalGround],
    [t('contacts.track.comment'), a.decisionComment],
  ];
  const save = async (id: string, fileName: string) => {
    setDownloadError(null);
    setDownloading(id);
    try {
      await downloadTrackedPdf({ documentId: id, fileName, ...access, locale: format.locale });
    } catch (error) {
      setDownloadError(error instanceof Error ? error.message : t('errors.INTERNAL'));
    } finally {
      setDownloading(null);
    }
  };
  return (
    <Card>
      <section className="tracked" data-testid="tracked-application" data-status={a.status}>
        <header className="tracked__header">
          <h2 className="tracked__title">
            <bdi>{a.number}</bdi>
          </h2>
          <StatusBadge status={a.status} />
        </header>
        <p className="tracked__applicant">{isolate(a.applicantName)}</p>
        <dl className="tracked__facts">
          {rows
            .filter((row): row is [string, string] => row[1] !== null)
            .map(([label, value]) => (
              <div key={label} className="tracked__fact">
                <dt>{label}</dt>
                <dd>
                  <bdi>{value}</bdi>
                </dd>
              </div>
            ))}
        </dl>
        <h3 className="tracked__subtitle">{t('contacts.track.documents')}</h3>
        {downloadError ? <FormAlert>{downloadError}</FormAlert> : null}
        {a.documents.length === 0 ? (
          <p className="muted-text">{t('contacts.track.noDocuments')}</p>
        ) : (
          <IssuedDocuments
            documents={a.documents}
            download={(document, label) => (
              <Button
                variant="secondary"
                loading={downloading === document.id}
                aria-label={label}
                data-testid="document-download"
                onClick={() => void save(document.id, `${document.number}.pdf`)}
              >
                {t('contacts.track.download')}
              </Button>
            )}
          />
        )}
      </section>
    </Card>
  );
}
