import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MyApplicationsDocument,
  RequestSigningCodeDocument,
  SignApplicationDocument,
} from '../../../gql/e-services-resident/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button, FormAlert, useToast } from '../../../ui/index.ts';
import { SixDigitCodeForm } from '../shared/SixDigitCodeForm.tsx';
import './resident-e-services.css';

const signingErrors = ['code_invalid', 'code_expired', 'too_many_attempts'] as const;
type SigningError = (typeof signingErrors)[number];
const isSigningError = (code: string): code is SigningError =>
  (signingErrors as readonly string[]).includes(code);

/** Signing a submitted application with a one-time SMS code: send the code, type it, sign. */
export function SigningStep({ applicationId, number }: { applicationId: string; number: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [sent, setSent] = useState<{ sentTo: string; expiresAt: string } | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [requestCode, requesting] = useMutation(RequestSigningCodeDocument);
  const [sign, signing] = useMutation(SignApplicationDocument, { refetchQueries: [MyApplicationsDocument] });

  const sendCode = async () => {
    setFormError(null);
    setCodeError(null);
    try {
      const result = await requestCode({ variables: { applicationId } });
      if (result.data) setSent(result.data.requestSigningCode);
    } catch (error) {
      setFormError(describeError(error, t).message);
    }
  };

  const onSign = async (code: string) => {
    setFormError(null);
    setCodeError(null);
    try {
      await sign({ variables: { applicationId, code } });
      toast.show({ message: t('eServices.signing.signed', { number: isolate(number) }), tone: 'success' });
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => isSigningError(i.code));
      if (issue && isSigningError(issue.code)) setCodeError(t(`eServices.signing.errors.${issue.code}`));
      else setFormError(described.message);
    }
  };

  return (
    <section className="signing-step" aria-labelledby="signing-title" data-testid="signing-step">
      <h2 id="signing-title" className="signing-step__title">
        {t('eServices.signing.title')}
      </h2>
      <p>{t('eServices.signing.intro')}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {sent ? (
        <>
          <FormAlert tone="info">
            {t('eServices.signing.sent', {
              phone: isolate(sent.sentTo),
              time: format.dateTime(sent.expiresAt),
            })}
          </FormAlert>
          <SixDigitCodeForm
            label={t('eServices.signing.codeLabel')}
            hint={t('eServices.signing.codeHint')}
            error={codeError}
            submitLabel={t('eServices.signing.sign')}
            submittingLabel={t('eServices.signing.signing')}
            submitting={signing.loading}
            resendLabel={t('eServices.signing.resendCode')}
            resending={requesting.loading}
            onSubmit={(code) => void onSign(code)}
            onResend={() => void sendCode()}
            testId="signing"
          />
        </>
      ) : (
        <div>
          <Button loading={requesting.loading} onClick={() => void sendCode()} data-testid="send-code">
            {t('eServices.signing.sendCode')}
          </Button>
        </div>
      )}
    </section>
  );
}
