// The first slice of the repair workflow across roles, over real HTTP and WebSocket:
// filing routes synchronously, events reach exactly the parties concerned, live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, TestClient } from '../../test/graphql-client.ts';
import type { TestDatabase } from '../../test/test-database.ts';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import type { TestApp } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';

let world: DemoApi<string>;
let db: TestDatabase;
let api: TestApp;
const clients: Record<string, TestClient> = {};

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    admin: 'admin@demo.citydesk',
  });
  ({ db, api } = world);
  Object.assign(clients, world.as);
});
afterAll(async () => {
  await world?.close();
});

const FILE = `mutation ($input: FileRequestInput!) {
  fileRequest(input: $input) { id number status version deadlineAt organization { id name } }
}`;

async function fileAs(client: TestClient, description = 'Water is leaking from the ceiling in the bathroom') {
  const form = await client.request<{
    myPremises: { id: string }[];
    serviceCategories: { id: string; code: string }[];
  }>('{ myPremises { id } serviceCategories { id code } }');
  const category = form.data!.serviceCategories.find((c) => c.code === 'roof_leak')!;
  const result = await client.request<{
    fileRequest: {
      id: string;
      number: string;
      status: string;
      version: number;
      organization: { id: string } | null;
    };
  }>(FILE, {
    input: {
      categoryId: category.id,
      premisesId: form.data!.myPremises[0]!.id,
      description,
      contactPhone: '+7 (917) 555-12-34',
    },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.fileRequest;
}

const EVENT_FIELDS = '{ type requestNumber toStatus actorRole }';

describe('filing a request', () => {
  it('numbers it, gives it an SLA deadline and routes it to the building’s company in the same call', async () => {
    const request = await fileAs(clients.resident!);
    expect(request.number).toMatch(/^KZN-\d{4}-\d{6}$/);
    expect(request.status).toBe('ROUTED');
    const dispatcherOrg = await clients.dispatcher!.request<{ me: { organization: { id: string } } }>(
      '{ me { organization { id } } }',
    );
    expect(request.organization!.id).toBe(dispatcherOrg.data!.me.organization.id);
  });

  it('refuses invalid input with field issues and changes nothing', async () => {
    const before = await db.prisma.request.count();
    const form = await clients.resident!.request<{
      myPremises: { id: string }[];
      serviceCategories: { id: string }[];
    }>('{ myPremises { id } serviceCategories { id } }');
    const result = await clients.resident!.request(FILE, {
      input: {
        categoryId: form.data!.serviceCategories[0]!.id,
        premisesId: form.data!.myPremises[0]!.id,
        description: 'short',
        contactPhone: '12',
      },
    });
    expect(result.errors![0]!.extensions!.code).toBe('INVALID_INPUT');
    const fields = (result.errors![0]!.extensions!.issues as { field: string }[]).map((i) => i.field).sort();
    expect(fields).toEqual(['contactPhone', 'description']);
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('refuses another resident’s premises as not found', async () => {
    const theirs = await clients.otherResident!.request<{ myPremises: { id: string }[] }>(
      '{ myPremises { id } }',
    );
    const categories = await clients.resident!.request<{ serviceCategories: { id: string }[] }>(
      '{ serviceCategories { id } }',
    );
    const result = await clients.resident!.request(FILE, {
      input: {
        categoryId: categories.data!.serviceCategories[0]!.id,
        premisesId: theirs.data!.myPremises[0]!.id,
        description: 'A long enough description of a problem',
        contactPhone: '+79175551234',
      },
    });
    expect(result.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('viewerCan', () => {
  it('tells each role what it may do with a routed request', async () => {
    const request = await fileAs(clients.resident!);
    const fields = '{ assign cancel start confirm }';
    const asResident = await clients.resident!.request(
      `{ myRequest(id: "${request.id}") { viewerCan ${fields} } }`,
    );
    expect(asResident.data!.myRequest.viewerCan).toEqual({
      assign: false,
      cancel: true,
      start: false,
      confirm: false,
    });
    const asDispatcher = await clients.dispatcher!.request(
      `{ request(id: "${request.id}") { viewerCan ${fields} } }`,
    );
    expect(asDispatcher.data!.request.viewerCan).toEqual({
      assign: true,
      cancel: true,
      start: false,
      confirm: false,
    });
  });
});

describe('row-level access', () => {
  it('hides a resident’s request from another resident, another company and contractors not assigned', async () => {
    const request = await fileAs(clients.resident!);
    const other = await clients.otherResident!.request(`{ myRequest(id: "${request.id}") { id } }`);
    expect(other.data).toEqual({ myRequest: null });
    const contractor = await clients.contractor!.request(`{ request(id: "${request.id}") { id } }`);
    expect(contractor.data).toEqual({ request: null });
    const own = await clients.resident!.request(`{ myRequest(id: "${request.id}") { id } }`);
    expect(own.data).toEqual({ myRequest: { id: request.id } });
  });

  it('does not let a resident even name a dispatcher field', async () => {
    const result = await clients.resident!.request('{ queue { id } }');
    expect(result.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const mutation = await clients.resident!.request(
      'mutation { assignRequest(input: { requestId: "x", version: 1, contractorOrganizationId: "y" }) { id } }',
    );
    expect(mutation.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('assignment', () => {
  it('exactly one of two concurrent assignments wins; the other is told it changed meanwhile', async () => {
    const request = await fileAs(clients.resident!);
    const contractors = await clients.dispatcher!.request<{ contractors: { id: string }[] }>(
      '{ contractors { id } }',
    );
    const assign = (contractorId: string) =>
      clients.dispatcher!.request(
        `mutation ($input: AssignRequestInput!) { assignRequest(input: $input) { status version } }`,
        {
          input: { requestId: request.id, version: request.version, contractorOrganizationId: contractorId },
        },
      );
    const results = await Promise.all([
      assign(contractors.data!.contractors[0]!.id),
      assign(contractors.data!.contractors[1]!.id),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    // Under PGlite the two transactions serialise: the loser sees the new status (NOT_ALLOWED)
    // or the new version (STALE_VERSION); on PostgreSQL the conditional update decides.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK')[0]).toMatch(/^(STALE_VERSION|NOT_ALLOWED)$/);
    const row = await db.prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.version).toBe(request.version + 1);
    expect(await db.prisma.requestEvent.count({ where: { requestId: request.id, type: 'ASSIGNED' } })).toBe(
      1,
    );
  });

  it('refuses a stale version with a translated error and changes nothing', async () => {
    const request = await fileAs(clients.resident!);
    const contractors = await clients.dispatcher!.request<{ contractors: { id: string }[] }>(
      '{ contractors { id } }',
    );
    const ru = new TestClient(api.url, 'ru');
    ru.cookie = clients.dispatcher!.cookie;
    const result = await ru.request(
      `mutation ($input: AssignRequestInput!) { assignRequest(input: $input) { status } }`,
      {
        input: {
          requestId: request.id,
          version: request.version - 1,
          contractorOrganizationId: contractors.data!.contractors[0]!.id,
        },
      },
    );
    expect(result.errors![0]!.extensions!.code).toBe('STALE_VERSION');
    expect(result.errors![0]!.message).toMatch(/[а-я]/i);
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('ROUTED');
  });
});

describe('live events', () => {
  it('delivers filing and assignment to the dispatcher, the contractor, the resident and the administrator', async () => {
    const sockets = ['resident', 'otherResident', 'dispatcher', 'contractor', 'admin'].map((n) =>
      clients[n]!.ws(),
    );
    const [residentWs, otherWs, dispatcherWs, contractorWs, adminWs] = sockets;
    try {
      const base = api.app.events.activeSubscriptions();
      const residentEvents = collect<any>(residentWs!, `subscription { myRequestEvents ${EVENT_FIELDS} }`, 3);
      const otherEvents = collect<any>(otherWs!, `subscription { myRequestEvents ${EVENT_FIELDS} }`, 1);
      const queueEvents = collect<any>(dispatcherWs!, `subscription { queueEvents ${EVENT_FIELDS} }`, 2);
      const contractorEvents = collect<any>(
        contractorWs!,
        `subscription { workOrderEvents ${EVENT_FIELDS} }`,
        1,
      );
      const cityEvents = collect<any>(adminWs!, `subscription { cityEvents ${EVENT_FIELDS} }`, 3);
      await waitFor(() => api.app.events.activeSubscriptions() === base + 5);

      const request = await fileAs(clients.resident!);
      const contractors = await clients.dispatcher!.request<{ contractors: { id: string; name: string }[] }>(
        '{ contractors { id name } }',
      );
      const me = await clients.contractor!.request<{ me: { organization: { id: string } } }>(
        '{ me { organization { id } } }',
      );
      const assigned = await clients.dispatcher!.request(
        `mutation ($input: AssignRequestInput!) { assignRequest(input: $input) { status } }`,
        {
          input: {
            requestId: request.id,
            version: request.version,
            contractorOrganizationId: me.data!.me.organization.id,
          },
        },
      );
      expect(assigned).toEqual({ data: { assignRequest: { status: 'ASSIGNED' } } });
      expect(contractors.data!.contractors.length).toBeGreaterThanOrEqual(3);
      // The other resident's first event is their own request: nothing of the first resident leaked.
      const own = await fileAs(clients.otherResident!);

      const types = (events: any[], field: string) => events.map((e) => e[field].type);
      expect(types(await residentEvents, 'myRequestEvents')).toEqual(['FILED', 'ROUTED', 'ASSIGNED']);
      // The company hears of the request when it is routed to it.
      expect(types(await queueEvents, 'queueEvents')).toEqual(['ROUTED', 'ASSIGNED']);
      expect(types(await cityEvents, 'cityEvents')).toEqual(['FILED', 'ROUTED', 'ASSIGNED']);
      const [workOrder] = await contractorEvents;
      expect(workOrder.workOrderEvents).toMatchObject({
        type: 'ASSIGNED',
        requestNumber: request.number,
        actorRole: 'DISPATCHER',
      });
      expect((await otherEvents)[0].myRequestEvents.requestNumber).toBe(own.number);
    } finally {
      await Promise.all(sockets.map((s) => s!.dispose()));
    }
  });

  it('refuses a subscription of another role’s schema', async () => {
    const ws = clients.resident!.ws();
    try {
      await expect(collect(ws, `subscription { queueEvents ${EVENT_FIELDS} }`, 1)).rejects.toThrow(
        /queueEvents/,
      );
    } finally {
      await ws.dispose();
    }
  });
});
