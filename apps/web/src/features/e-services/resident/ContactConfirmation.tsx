import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConfirmContactDocument,
  ConfirmedEmailsDocument,
  RequestContactConfirmationDocument,
} from '../../../gql/e-services-resident/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button, FormAlert } from '../../../ui/index.ts';
import { SixDigitCodeForm } from '../shared/SixDigitCodeForm.tsx';
import './resident-e-services.css';

const codeErrors = ['code_invalid', 'code_expired', 'too_many_attempts'] as const;
type CodeError = (typeof codeErrors)[number];
const isCodeError = (code: string): code is CodeError => (codeErrors as readonly string[]).includes(code);

/**
 * Confirming the e-mail address an application gives when it is not the account's (its notices go
 * there): a code is e-mailed to it and typed here. `onConfirmed` once the server took the code.
 */
export function ContactConfirmation({ email, onConfirmed }: { email: string; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sent, setSent] = useState<{ expiresAt: string } | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [requestCode, requesting] = useMutation(RequestContactConfirmationDocument);
  const [confirm, confirming] = useMutation(ConfirmContactDocument, {
    refetchQueries: [ConfirmedEmailsDocument],
    awaitRefetchQueries: true,
  });

  const sendCode = async () => {
    setFormError(null);
    setCodeError(null);
    try {
      const result = await requestCode({ variables: { email } });
      const answer = result.data?.requestContactConfirmation;
      if (answer?.alreadyConfirmed) onConfirmed();
      else if (answer) setSent(answer);
    } catch (error) {
      setFormError(describeError(error, t).message);
    }
  };

  const onSubmit = async (code: string) => {
    setFormError(null);
    setCodeError(null);
    try {
      await confirm({ variables: { email, code } });
      onConfirmed();
    } catch (error) {
      const described = describeError(error, t);
      const issue = described.issues.find((i) => isCodeError(i.code));
      if (issue && isCodeError(issue.code)) setCodeError(t(`contacts.confirm.errors.${issue.code}`));
      else setFormError(described.message);
    }
  };

  return (
    <section
      className="contact-confirmation"
      aria-labelledby="contact-confirmation-title"
      data-testid="contact-confirmation"
    >
      <h3 id="contact-confirmation-title" className="contact-confirmation__title">
        {t('contacts.confirm.title')}
      </h3>
      <p>{t('contacts.confirm.intro', { email: isolate(email) })}</p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {sent ? (
        <>
          <FormAlert tone="info">
            {t('contacts.confirm.sent', { email: isolate(email), time: format.dateTime(sent.expiresAt) })}
          </FormAlert>
          <SixDigitCodeForm
            label={t('contacts.confirm.codeLabel')}
            hint={t('contacts.confirm.codeHint')}
            error={codeError}
            submitLabel={t('contacts.confirm.confirm')}
            submittingLabel={t('contacts.confirm.confirm')}
            submitting={confirming.loading}
            resendLabel={t('contacts.confirm.resend')}
            resending={requesting.loading}
            onSubmit={(code) => void onSubmit(code)}
            onResend={() => void sendCode()}
            testId="contact"
          />
        </>
      ) : (
        <div>
          <Button
            loading={requesting.loading}
            onClick={() => void sendCode()}
            data-testid="contact-send-code"
          >
            {t('contacts.confirm.send')}
          </Button>
        </div>
      )}
    </section>
  );
}
