import { useQuery } from '@apollo/client/react';
import { formatVerificationCode, normalizeVerificationCode } from '@citydesk/domain';
import { formatDate, formatDateTime, formatLocalDay } from '@citydesk/i18n';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { VerifyDocumentDocument, type VerifyDocumentQuery } from '../../gql/public/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Button,
  Card,
  ErrorState,
  FormAlert,
  IconAlert,
  IconCheck,
  LoadingState,
  PageHeader,
  Table,
  TextField,
} from '../../ui/index.ts';
import { formatFactValue } from './facts.ts';
import { PublicLayout } from './PublicLayout.tsx';
import './VerifyPage.css';

type Verification = VerifyDocumentQuery['verifyDocument'];

/**
 * `/verify/:code`: the public check a bank or a notary office makes of a document's verification code, without
 * signing in. `/verify` shows only the form.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code: rawCode } = useParams();
  const code = rawCode ? normalizeVerificationCode(rawCode) : null;
  return (
    <PublicLayout>
      <PageHeader title={t('verify.title')} description={t('verify.intro')} />
      {rawCode ? (
        code ? (
          <VerificationResult key={code} code={code} />
        ) : (
          <FormAlert>{t('verify.invalidCode')}</FormAlert>
        )
      ) : null}
      <Card title={rawCode ? t('verify.checkAnother') : undefined}>
        <VerifyForm />
      </Card>
    </PublicLayout>
  );
}

function VerifyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<{ code: string }>({ defaultValues: { code: '' } });

  const onSubmit = handleSubmit(async ({ code }) => {
    const normalized = normalizeVerificationCode(code);
    if (!normalized) return;
    reset({ code: '' });
    await navigate(`/verify/${normalized}`);
  });

  return (
    <form className="verify-form" noValidate onSubmit={onSubmit} data-testid="verify-form">
      <TextField
        label={t('verify.codeLabel')}
        hint={t('verify.codeHint')}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        className="verify-form__field"
        error={errors.code ? t('verify.invalidCode') : undefined}
        data-testid="verify-code-input"
        {...register('code', { validate: (value) => normalizeVerificationCode(value) !== null })}
      />
      <Button type="submit" data-testid="verify-submit">
        {t('verify.check')}
      </Button>
    </form>
  );
}

function VerificationResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { data, loading, error, refetch } = useQuery(VerifyDocumentDocument, {
    variables: { code },
    fetchPolicy: 'network-only',
  });
  // When this code was checked (the page shows one code per mount: it is keyed by the code).
  const [checkedAt] = useState(() => new Date());

  // The title and the facts' labels come from the server in the reader's language: ask again when it changes.
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    void refetch().catch(() => undefined);
  }, [locale, refetch]);

  const result = data?.verifyDocument;

  if (error && !data) {
    return <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />;
  }
  if (loading && !result) return <LoadingState label={t('verify.checking')} />;
  if (!result) return null;

  const checked = t('verify.checkedCode', {
    code: isolate(formatVerificationCode(code)),
    // In the issuer's time zone, like the document's own dates on this page.
    checkedAt: formatDateTime(checkedAt, locale, result.timeZone ? { timeZone: result.timeZone } : {}),
  });
  return (
    <section className="verification" data-testid="verification-result" data-status={result.status}>
      <StatusBanner result={result} checked={checked} />
      {result.status !== 'UNKNOWN' ? <DocumentDetails result={result} /> : null}
    </section>
  );
}

function StatusBanner({ result, checked }: { result: Verification; checked: string }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const genuine = result.status === 'GENUINE';
  const timeZone = result.timeZone ?? undefined;
  const heading = {
    GENUINE: t('verify.genuine'),
    REVOKED: t('verify.revoked'),
    EXPIRED: t('documentLifecycle.expired'),
    UNKNOWN: t('verify.unknown'),
  }[result.status];
  const text = {
    GENUINE: t('verify.genuineText'),
    REVOKED: t('verify.revokedText', {
      date: result.revokedAt ? formatDate(result.revokedAt, locale, timeZone ? { timeZone } : {}) : '',
    }),
    EXPIRED: t('documentLifecycle.expiredText', {
      date: result.validUntil ? formatLocalDay(result.validUntil, locale) : '',
    }),
    UNKNOWN: t('verify.unknownText'),
  }[result.status];
  return (
    <div
      className={`verification__banner verification__banner--${genuine ? 'genuine' : 'invalid'}`}
      role="status"
      data-testid="verification-banner"
    >
      <span className="verification__icon" aria-hidden="true">
        {genuine ? <IconCheck size={28} /> : <IconAlert size={28} />}
      </span>
      <div className="verification__text">
        <h2 className="verification__heading">{heading}</h2>
        <p>{text}</p>
        {result.status === 'REVOKED' && result.revocationReasonText ? (
          <p data-testid="revocation-reason">
            {t('documentLifecycle.revokedReason', { reason: result.revocationReasonText })}
          </p>
        ) : null}
        <p className="verification__checked">{checked}</p>
      </div>
    </div>
  );
}

function DocumentDetails({ result }: { result: Verification }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const timeZone = result.timeZone ?? undefined;
  const rows: Array<[string, string | null, boolean]> = [
    [t('verify.documentTitle'), result.title, false],
    [t('verify.number'), result.number, true],
    [t('verify.issuer'), result.issuerName, false],
    [t('verify.applicant'), result.applicantName, false],
    [
      t('verify.issuedAt'),
      result.issuedAt ? formatDate(result.issuedAt, locale, timeZone ? { timeZone } : {}) : null,
      false,
    ],
    [
      t('documents.outcome.facts.validUntil'),
      result.validUntil ? formatLocalDay(result.validUntil, locale) : null,
      false,
    ],
  ];
  return (
    <Card title={t('verify.details')}>
      <dl className="verification__details" data-testid="verification-details">
        {rows
          .filter((row): row is [string, string, boolean] => Boolean(row[1]))
          .map(([label, value, ltr]) => (
            <div key={label} className="verification__row">
              <dt>{label}</dt>
              <dd>{ltr ? <bdi dir="ltr">{value}</bdi> : <bdi>{value}</bdi>}</dd>
            </div>
          ))}
      </dl>
      {result.statements.map((statement) => (
        <p key={statement} className="verification__statement" data-testid="verification-statement">
          {statement}
        </p>
      ))}
      {result.facts.length > 0 ? (
        <div className="verification__facts">
          <h3 className="verification__subheading">{t('verify.facts')}</h3>
          <Table
            caption={t('verify.factsCaption')}
            head={
              <tr>
                <th scope="col">{t('verify.fact')}</th>
                <th scope="col">{t('verify.value')}</th>
              </tr>
            }
          >
            {result.facts.map((fact, index) => (
              <tr key={`${index}-${fact.label}`} data-testid="verification-fact">
                <th scope="row">{fact.label}</th>
                <td>
                  <bdi>{formatFactValue(fact.value, locale)}</bdi>
                </td>
              </tr>
            ))}
          </Table>
        </div>
      ) : null}
    </Card>
  );
}
