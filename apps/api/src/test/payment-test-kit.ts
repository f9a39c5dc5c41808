// Helpers for payment tests over HTTP: an application that awaits a payment, its checkout, a provider
// callback signed the way providers document it (computed here independently of the app's own code),
// and the state a refused callback must leave exactly as it was.
import { createHmac } from 'node:crypto';
import type { Db } from '../infra/db/database.ts';
import type { TestClient } from './graphql-client.ts';

export async function gql<T = any>(client: TestClient, query: string, variables?: Record<string, unknown>) {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

interface Stepped {
  id: string;
  number: string;
  status: string;
  version: number;
}

/** The resident applies for the renovation fee; the municipality reviews it and asks for `amount`. */
export async function assessedFee(resident: TestClient, desk: TestClient, amount: number): Promise<Stepped> {
  const { myPremises } = await gql<{ myPremises: { id: string }[] }>(resident, '{ myPremises { id } }');
  const { submitApplication: filed } = await gql<{ submitApplication: Stepped }>(
    resident,
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status version } }`,
    {
      input: {
        serviceCode: 'renovation_fee',
        premisesId: myPremises[0]!.id,
        answers: { cadastralNumber: '16:50:011104:123', floorArea: '54,3' },
        documents: [],
      },
    },
  );
  let current = filed;
  for (const [field, extra] of [
    ['applicationStartReview', {}],
    ['applicationRequestPayment', { amount }],
  ] as const) {
    current = (
      await gql<Record<string, Stepped>>(
        desk,
        `mutation ($input: DecideApplicationInput!) { ${field}(input: $input) { id number status version } }`,
        { input: { applicationId: filed.id, version: current.version, ...extra } },
      )
    )[field]!;
  }
  if (current.status !== 'AWAITING_PAYMENT') throw new Error(`not awaiting payment: ${current.status}`);
  return current;
}

export async function startCheckout(client: TestClient, applicationId: string) {
  const { startPayment } = await gql<{ startPayment: { paymentId: string; checkoutUrl: string } }>(
    client,
    `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId checkoutUrl } }`,
    { id: applicationId },
  );
  return startPayment;
}

/** `t=<unix>,v1=hex(hmac_sha256(secret, t + "." + body))`, as Stripe documents it. */
export function signatureHeader(secret: string, body: string, at = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

export async function postWebhook(
  baseUrl: string,
  provider: string,
  body: string,
  headers: Record<string, string>,
) {
  const response = await fetch(`${baseUrl}/payments/webhooks/${provider}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, any>,
  };
}

/** Everything a callback could change about an application and its payments. */
export async function paymentState(db: Db, requestId: string) {
  const [request, payments, callbacks, events, documents, accounts] = await Promise.all([
    db.request.findUniqueOrThrow({ where: { id: requestId }, include: { application: true } }),
    db.payment.findMany({ where: { requestId }, orderBy: { createdAt: 'asc' } }),
    db.paymentCallback.findMany({ where: { payment: { requestId } }, orderBy: { receivedAt: 'asc' } }),
    db.requestEvent.findMany({ where: { requestId }, orderBy: { position: 'asc' } }),
    db.issuedDocument.count({ where: { requestId } }),
    db.utilityAccount.findMany({ orderBy: { id: 'asc' }, select: { id: true, debt: true } }),
  ]);
  return { request, payments, callbacks, events: events.map((e) => e.id), documents, accounts };
}
