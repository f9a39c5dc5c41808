// Idempotency-Key on every creating mutation besides fileRequest (http/idempotency-http.int.test.ts), over
// real HTTP: phone intake, applications (the resident's and those an office files for a client), payment
// start and meter seal work. Ten parallel identical calls with one key create once and answer alike; the
// same key with another body is 422 and writes nothing; no key behaves as before.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../test/actors.ts';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import { keyedRequest, sendTimes, type KeyedAnswer } from '../../test/keyed-request.ts';
import { assessedFee } from '../../test/payment-test-kit.ts';
import type { TestClient } from '../../test/graphql-client.ts';
import { uploadedDocument } from '../applications/test-applications.ts';

type Users = 'resident' | 'dispatcher' | 'notary' | 'kzio' | 'meterDesk';
let world: DemoApi<Users>;

beforeAll(async () => {
  world = await startDemoApi(
    {
      resident: 'resident@demo.citydesk',
      dispatcher: 'dispatcher@demo.citydesk',
      notary: 'notary@demo.citydesk',
      kzio: 'dispatcher.kzio@demo.citydesk',
      meterDesk: 'dispatcher.kcs@demo.citydesk',
    },
    'en',
  );
});
afterAll(async () => {
  await world?.close();
});

const db = () => world.db.prisma;

/** Sends ten at once with one key; all must be answered 200 with the same `pick`. */
async function tenWithOneKey<T>(
  client: TestClient,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: T) => unknown,
  key = randomUUID(),
) {
  const answers: KeyedAnswer<T>[] = await sendTimes(10, () => keyedRequest<T>(client, query, variables, key));
  for (const answer of answers) {
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect(answer.status).toBe(200);
  }
  const picked = answers.map((a) => pick(a.body.data!));
  expect(new Set(picked.map((p) => JSON.stringify(p))).size).toBe(1);
  return { key, first: picked[0] };
}

function expectReused(answer: KeyedAnswer<unknown>) {
  expect(answer.status).toBe(422);
  expect(answer.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
}

describe('phone intake (fileRequestByPhone)', () => {
  const INTAKE = `mutation ($input: PhoneIntakeInput!) { fileRequestByPhone(input: $input) { id number } }`;
  type Filed = { fileRequestByPhone: { id: string; number: string } };
  let input: Record<string, unknown>;
  beforeAll(async () => {
    const options = await world.as.dispatcher.request<{
      companyBuildings: { id: string }[];
      serviceCategories: { id: string; code: string }[];
    }>('{ companyBuildings { id } serviceCategories { id code } }');
    input = {
      categoryId: options.data!.serviceCategories.find((c) => c.code === 'roof_leak')!.id,
      buildingId: options.data!.companyBuildings[0]!.id,
      commonArea: 'ROOF',
      contactName: 'Алия Сафина',
      contactPhone: '+79172345601',
    };
  });
  const described = (description: string) =>
    db().request.findMany({ where: { description }, include: { events: true } });

  it('files once for ten parallel calls with one key; another body under it is 422', async () => {
    const description = 'A caller reports the roof leaking over the stairwell';
    const { key, first } = await tenWithOneKey<Filed>(
      world.as.dispatcher,
      INTAKE,
      { input: { ...input, description } },
      (d) => d.fileRequestByPhone,
    );
    const rows = await described(description);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(first as object);
    expect(rows[0]!.events.filter((e) => e.type === 'FILED')).toHaveLength(1);

    const before = await db().request.count();
    expectReused(
      await keyedRequest(
        world.as.dispatcher,
        INTAKE,
        { input: { ...input, description: `${description}!` } },
        key,
      ),
    );
    expect(await db().request.count()).toBe(before);
  });

  it('files each call without a key', async () => {
    const description = 'Two callers report the same leak separately';
    await Promise.all(
      [1, 2].map(() => keyedRequest(world.as.dispatcher, INTAKE, { input: { ...input, description } })),
    );
    expect(await described(description)).toHaveLength(2);
  });
});

describe('applying for an e-service (submitApplication)', () => {
  const SUBMIT = `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id number status } }`;
  type Submitted = { submitApplication: { id: string; number: string; status: string } };
  let premisesId: string;
  beforeAll(async () => {
    premisesId = (await world.as.resident.request<{ myPremises: { id: string }[] }>('{ myPremises { id } }'))
      .data!.myPremises[0]!.id;
  });
  const application = (floorArea: string) => ({
    input: {
      serviceCode: 'renovation_fee',
      premisesId,
      answers: { cadastralNumber: '16:50:011104:123', floorArea },
      documents: [],
    },
  });

  it('submits once for ten parallel calls with one key; another body under it is 422', async () => {
    const applicationsBefore = await db().application.count();
    const { key, first } = await tenWithOneKey<Submitted>(
      world.as.resident,
      SUBMIT,
      application('54,3'),
      (d) => d.submitApplication,
    );
    expect(await db().application.count()).toBe(applicationsBefore + 1);
    const { id } = first as { id: string };
    expect(await db().requestEvent.count({ where: { requestId: id, type: 'SUBMITTED' } })).toBe(1);

    expectReused(await keyedRequest(world.as.resident, SUBMIT, application('61,0'), key));
    expect(await db().application.count()).toBe(applicationsBefore + 1);
  });

  it('submits each call without a key', async () => {
    const before = await db().application.count();
    await Promise.all([1, 2].map(() => keyedRequest(world.as.resident, SUBMIT, application('40,0'))));
    expect(await db().application.count()).toBe(before + 2);
  });
});

describe('an office filing for its client (fileApplicationOnBehalf)', () => {
  const FILE = `mutation ($input: FileApplicationOnBehalfInput!) { fileApplicationOnBehalf(input: $input) { id number } }`;
  type Filed = { fileApplicationOnBehalf: { id: string; number: string } };
  let buildingId: string;
  beforeAll(async () => {
    buildingId = (
      await db().building.findFirstOrThrow({ where: { street: 'ул. Пушкина', houseNumber: '12' } })
    ).id;
  });
  const inquiry = async (ownerFullName: string) => ({
    input: {
      serviceCode: 'inquiry_response',
      applicantName: 'Иванов Иван Иванович',
      applicantPhone: '8 (917) 111-22-33',
      buildingId,
      premisesNumber: '5',
      answers: {
        purpose: 'notary_transfer',
        recipientName: 'Нотариальная контора Галиевой Р. Ф.',
        cadastralNumber: '16:50:011104:123',
        ownerFullName,
      },
      documents: [
        {
          kind: 'ownershipDocument',
          attachmentIds: [await uploadedDocument(db(), await actorFor(db(), 'notary@demo.citydesk'))],
        },
      ],
    },
  });

  it('files once and sends the client one access code for ten parallel calls with one key', async () => {
    // What one filing writes: its application and the client's access code by SMS.
    const notificationsBefore = await db().notification.count();
    const single = await keyedRequest<Filed>(world.as.notary, FILE, await inquiry('Петров Пётр Петрович'));
    expect(single.body.errors).toBeUndefined();
    const perFiling = (await db().notification.count()) - notificationsBefore;
    expect(perFiling).toBeGreaterThan(0);

    const applicationsBefore = await db().application.count();
    const notifiedBefore = await db().notification.count();
    const body = await inquiry('Сидоров Сидор Сидорович');
    const { key } = await tenWithOneKey<Filed>(world.as.notary, FILE, body, (d) => d.fileApplicationOnBehalf);
    expect(await db().application.count()).toBe(applicationsBefore + 1);
    expect(await db().notification.count()).toBe(notifiedBefore + perFiling);

    expectReused(await keyedRequest(world.as.notary, FILE, await inquiry('Другой Владелец'), key));
    expect(await db().application.count()).toBe(applicationsBefore + 1);
  });
});

describe('starting a payment (startPayment)', () => {
  const START = `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId checkoutUrl } }`;
  type Started = { startPayment: { paymentId: string; checkoutUrl: string } };

  it('asks the provider once and opens one checkout for ten parallel calls with one key', async () => {
    const application = await assessedFee(world.as.resident, world.as.kzio, 150_000);
    const provider = world.api.app.deps.payments!;
    const createCheckout = provider.createCheckout.bind(provider);
    let asked = 0;
    provider.createCheckout = async (request) => {
      asked += 1;
      return createCheckout(request);
    };
    try {
      const { key, first } = await tenWithOneKey<Started>(
        world.as.resident,
        START,
        { id: application.id },
        (d) => d.startPayment,
      );
      expect(asked).toBe(1);
      const payments = await db().payment.findMany({ where: { requestId: application.id } });
      expect(payments.map((p) => p.id)).toEqual([(first as Started['startPayment']).paymentId]);

      // The key names that start; for another application it is 422 and opens nothing.
      const other = await assessedFee(world.as.resident, world.as.kzio, 90_000);
      expectReused(await keyedRequest(world.as.resident, START, { id: other.id }, key));
      expect(await db().payment.count({ where: { requestId: other.id } })).toBe(0);
      expect(asked).toBe(1);
    } finally {
      provider.createCheckout = createCheckout;
    }
  });

  it('without a key still answers the open checkout again, as before', async () => {
    const application = await assessedFee(world.as.resident, world.as.kzio, 70_000);
    const first = await keyedRequest<Started>(world.as.resident, START, { id: application.id });
    const again = await keyedRequest<Started>(world.as.resident, START, { id: application.id });
    expect(again.body.data!.startPayment).toEqual(first.body.data!.startPayment);
    expect(await db().payment.count({ where: { requestId: application.id } })).toBe(1);
  });
});

describe('meter seal work (orderMeterSealWork, orderMeterSealWorkForCaller)', () => {
  const ORDER = `mutation ($id: ID!, $work: MeterSealWork!) { orderMeterSealWork(meterId: $id, work: $work) { id openWorkOrder { number } } }`;
  const FOR_CALLER = `mutation ($input: MeterSealWorkForCallerInput!) { orderMeterSealWorkForCaller(input: $input) { id openWorkOrder { number } } }`;
  type Ordered = { orderMeterSealWork: { id: string; openWorkOrder: { number: string } } };
  type OrderedForCaller = { orderMeterSealWorkForCaller: { id: string; openWorkOrder: { number: string } } };
  let meters: { id: string }[];
  beforeAll(async () => {
    const resident = await db().user.findUniqueOrThrow({ where: { email: 'resident@demo.citydesk' } });
    meters = await db().meter.findMany({
      where: { premises: { occupants: { some: { userId: resident.id } } }, status: 'ACTIVE' },
      orderBy: { serialNumber: 'asc' },
    });
    expect(meters.length).toBeGreaterThanOrEqual(2);
  });
  const workOrders = (meterId: string) => db().request.count({ where: { meterId } });

  it('the resident’s order: one work order for ten parallel calls with one key; another body is 422', async () => {
    const meterId = meters[0]!.id;
    const before = await workOrders(meterId);
    const { key } = await tenWithOneKey<Ordered>(
      world.as.resident,
      ORDER,
      { id: meterId, work: 'UNSEAL' },
      (d) => d.orderMeterSealWork.openWorkOrder,
    );
    expect(await workOrders(meterId)).toBe(before + 1);
    expectReused(await keyedRequest(world.as.resident, ORDER, { id: meterId, work: 'SEAL' }, key));
    // Without a key a second order is refused as before: one open work order per meter.
    const again = await keyedRequest(world.as.resident, ORDER, { id: meterId, work: 'UNSEAL' });
    expect(again.body.errors![0]!.extensions!.code).toBe('METER_WORK_OPEN');
    expect(await workOrders(meterId)).toBe(before + 1);
  });

  it('the call centre’s order for a caller: one work order for ten parallel calls with one key', async () => {
    const meterId = meters[1]!.id;
    const before = await workOrders(meterId);
    const input = { meterId, work: 'UNSEAL', callerName: 'Алия Сафина', callerPhone: '+79172345601' };
    const { key } = await tenWithOneKey<OrderedForCaller>(
      world.as.meterDesk,
      FOR_CALLER,
      { input },
      (d) => d.orderMeterSealWorkForCaller.openWorkOrder,
    );
    expect(await workOrders(meterId)).toBe(before + 1);
    expectReused(
      await keyedRequest(world.as.meterDesk, FOR_CALLER, { input: { ...input, callerName: 'Другой' } }, key),
    );
    expect(await workOrders(meterId)).toBe(before + 1);
  });
});
