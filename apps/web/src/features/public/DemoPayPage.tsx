import { formatMoney } from '@citydesk/i18n';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, ErrorState, FormAlert, IconAlert, IconCheck, LoadingState } from '../../ui/index.ts';
import { PublicLayout } from './PublicLayout.tsx';
import './DemoPayPage.css';

type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';
type Outcome = 'succeed' | 'fail';

interface Checkout {
  amount: number;
  currency: string;
  description: string;
  status: PaymentStatus;
  returnPath: string;
}

/** How long the result stays on screen before the page returns to the application. */
export const DEMO_PAY_REDIRECT_MS = 1500;

type Load =
  { state: 'loading' } | { state: 'missing' } | { state: 'error' } | { state: 'ready'; checkout: Checkout };

/** Only a path inside this app: never send the payer to another site. */
function safeReturnPath(path: unknown): string {
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

function paymentUrl(ref: string): string {
  return `/payments/demo/${encodeURIComponent(ref)}`;
}

/**
 * `/pay/demo/:ref`: the built-in demo payment provider's checkout, standing in for a bank's page. The payer
 * either pays or declines; the provider's callback settles the payment and the page returns to the application.
 */
export function DemoPayPage() {
  const { t } = useTranslation();
  const { ref = '' } = useParams();
  const navigate = useNavigate();
  const { locale } = useFormat();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [pending, setPending] = useState<Outcome | null>(null);
  const [settled, setSettled] = useState<PaymentStatus | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const fetchCheckout = useCallback(async (): Promise<Load> => {
    try {
      const response = await fetch(paymentUrl(ref), { headers: { accept: 'application/json' } });
      if (response.status === 404) return { state: 'missing' };
      if (!response.ok) return { state: 'error' };
      const checkout = (await response.json()) as Checkout;
      return { state: 'ready', checkout: { ...checkout, returnPath: safeReturnPath(checkout.returnPath) } };
    } catch {
      return { state: 'error' };
    }
  }, [ref]);

  useEffect(() => {
    let active = true;
    void fetchCheckout().then((next) => {
      if (active) setLoad(next);
    });
    return () => {
      active = false;
    };
  }, [fetchCheckout]);

  const retry = () => {
    setLoad({ state: 'loading' });
    void fetchCheckout().then(setLoad);
  };

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('demoPay.title') });
  }, [t]);

  const returnPath = load.state === 'ready' ? load.checkout.returnPath : '/';

  // After paying or declining here, go back to the application on our own after a moment.
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => void navigate(returnPath), DEMO_PAY_REDIRECT_MS);
    return () => clearTimeout(timer);
  }, [settled, navigate, returnPath]);

  const settle = async (outcome: Outcome) => {
    setPending(outcome);
    setSubmitError(null);
    try {
      const response = await fetch(paymentUrl(ref), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ outcome }),
      });
      if (response.status === 404) {
        setLoad({ state: 'missing' });
        return;
      }
      if (!response.ok) {
        setSubmitError(t('errors.INTERNAL'));
        return;
      }
      const body = (await response.json()) as { status: PaymentStatus; returnPath: string };
      setLoad((current) =>
        current.state === 'ready'
          ? {
              state: 'ready',
              checkout: {
                ...current.checkout,
                status: body.status,
                returnPath: safeReturnPath(body.returnPath),
              },
            }
          : current,
      );
      setSettled(body.status);
    } catch {
      setSubmitError(t('errors.NETWORK'));
    } finally {
      setPending(null);
    }
  };

  return (
    <PublicLayout variant="bank">
      <div className="demo-pay" data-testid="demo-pay">
        <header className="demo-pay__header">
          <p className="demo-pay__provider">{t('demoPay.provider')}</p>
          <p className="demo-pay__ribbon">{t('demoPay.noRealMoney')}</p>
        </header>
        <div className="demo-pay__body">
          <h1 className="demo-pay__title">{t('demoPay.title')}</h1>
          {load.state === 'loading' ? <LoadingState /> : null}
          {load.state === 'error' ? <ErrorState onRetry={retry} /> : null}
          {load.state === 'missing' ? <FormAlert>{t('demoPay.notFound')}</FormAlert> : null}
          {load.state === 'ready' ? (
            <>
              <p className="demo-pay__intro">{t('demoPay.intro')}</p>
              <dl className="demo-pay__summary">
                <div>
                  <dt>{t('demoPay.amount')}</dt>
                  <dd className="demo-pay__amount" data-testid="demo-pay-amount">
                    <bdi>{formatMoney(load.checkout.amount, load.checkout.currency, locale)}</bdi>
                  </dd>
                </div>
                <div>
                  <dt>{t('demoPay.description')}</dt>
                  <dd>{t('demoPay.descriptionValue', { number: isolate(load.checkout.description) })}</dd>
                </div>
                <div>
                  <dt>{t('demoPay.reference')}</dt>
                  <dd className="demo-pay__ref">
                    <bdi dir="ltr">{ref}</bdi>
                  </dd>
                </div>
              </dl>
              <PaymentResult
                status={load.checkout.status}
                justSettled={settled !== null}
                returnPath={load.checkout.returnPath}
              />
              {load.checkout.status === 'PENDING' ? (
                <div className="demo-pay__actions">
                  {submitError ? <FormAlert>{submitError}</FormAlert> : null}
                  <Button
                    size="lg"
                    block
                    className="demo-pay__pay"
                    loading={pending === 'succeed'}
                    disabled={pending !== null}
                    onClick={() => void settle('succeed')}
                    data-testid="demo-pay-succeed"
                  >
                    {pending === 'succeed' ? t('demoPay.paying') : t('demoPay.pay')}
                  </Button>
                  <Button
                    size="lg"
                    block
                    variant="secondary"
                    loading={pending === 'fail'}
                    disabled={pending !== null}
                    onClick={() => void settle('fail')}
                    data-testid="demo-pay-fail"
                  >
                    {pending === 'fail' ? t('demoPay.declining') : t('demoPay.decline')}
                  </Button>
                </div>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </PublicLayout>
  );
}

function PaymentResult({
  status,
  justSettled,
  returnPath,
}: {
  status: PaymentStatus;
  justSettled: boolean;
  returnPath: string;
}) {
  const { t } = useTranslation();
  if (status === 'PENDING') return null;
  const succeeded = status === 'SUCCEEDED';
  const title = justSettled
    ? succeeded
      ? t('demoPay.succeeded')
      : t('demoPay.failed')
    : succeeded
      ? t('demoPay.alreadySucceeded')
      : t('demoPay.alreadyFailed');
  return (
    <div
      className={`demo-pay__result demo-pay__result--${succeeded ? 'success' : 'failure'}`}
      role="status"
      data-testid="demo-pay-result"
      data-status={status}
    >
      <span className="demo-pay__result-icon" aria-hidden="true">
        {succeeded ? <IconCheck size={22} /> : <IconAlert size={22} />}
      </span>
      <div className="demo-pay__result-text">
        <p className="demo-pay__result-title">{title}</p>
        {justSettled ? <p>{succeeded ? t('demoPay.succeededText') : t('demoPay.failedText')}</p> : null}
        {justSettled ? <p className="demo-pay__muted">{t('demoPay.redirecting')}</p> : null}
        <Link to={returnPath} className="demo-pay__back" data-testid="demo-pay-back">
          {t('demoPay.back')}
        </Link>
      </div>
    </div>
  );
}
