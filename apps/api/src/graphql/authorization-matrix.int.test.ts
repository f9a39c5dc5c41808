// The authorization matrix of the repair-request, e-service, meter, dashboard, calendar, contact and
// notification root fields, over real HTTP: for every field and every role, a role allowed to call it
// gets data or a domain error (what the service layer decides), any other role cannot even name it (the
// field is missing from its schema: a validation error). The matrix must list every root field of
// those modules, so a new field cannot slip in without a rule.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noDebtAnswers, uploadedDocument } from '../services/applications/test-applications.ts';
import { autoClosedRepair, repairCrew } from '../services/requests/test-repairs.ts';
import { actorFor, testDeps } from '../test/actors.ts';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import { TestClient } from '../test/graphql-client.ts';
import { roleSchemas } from './schema.ts';

type Role = 'anonymous' | 'resident' | 'dispatcher' | 'contractor' | 'administrator';
const roles: Role[] = ['anonymous', 'resident', 'dispatcher', 'contractor', 'administrator'];

const NO_ID = randomUUID();
const DECIDE = `(input: { applicationId: "${NO_ID}", version: 1 }) { id }`;
const STEP = `(input: { requestId: "${NO_ID}", version: 1 }) { id }`;
const WHAT_IS_WRONG = `(input: { requestId: "${NO_ID}", version: 1, reasonCode: NOT_DONE }) { id }`;

/** Each root field: the roles whose schema has it, and a document that calls it. */
const matrix: Record<string, { roles: Role[]; document: string }> = {
  // Repair requests: the resident's.
  myRequests: { roles: ['resident'], document: '{ myRequests { id } }' },
  myRequest: {
    roles: ['resident'],
    document: `{ myRequest(id: "${NO_ID}") { id viewerCan { reopen reopenUntil } } }`,
  },
  myPremises: { roles: ['resident'], document: '{ myPremises { id } }' },
  serviceCategories: { roles: ['resident', 'dispatcher'], document: '{ serviceCategories { id } }' },
  fileRequest: {
    roles: ['resident'],
    document: `mutation { fileRequest(input: { categoryId: "${NO_ID}", description: "", contactPhone: "" }) { id } }`,
  },
  confirmWork: { roles: ['resident'], document: `mutation { confirmWork${STEP} }` },
  rejectWork: { roles: ['resident'], document: `mutation { rejectWork${WHAT_IS_WRONG} }` },
  reopenRequest: { roles: ['resident'], document: `mutation { reopenRequest${WHAT_IS_WRONG} }` },
  cancelRequest: { roles: ['resident', 'dispatcher'], document: `mutation { cancelRequest${STEP} }` },
  rateRequest: {
    roles: ['resident'],
    document: `mutation { rateRequest(input: { requestId: "${NO_ID}", rating: 5 }) { id } }`,
  },
  // Repair requests: the company's and the contractor's.
  queue: { roles: ['dispatcher'], document: '{ queue { id } }' },
  request: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: `{ request(id: "${NO_ID}") { id viewerCan { reopen } } }`,
  },
  requestByNumber: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: '{ requestByNumber(number: "KZN-2026-999999") { id } }',
  },
  contractors: { roles: ['dispatcher'], document: '{ contractors { id } }' },
  companyBuildings: { roles: ['dispatcher'], document: '{ companyBuildings { id } }' },
  searchResidents: { roles: ['dispatcher'], document: '{ searchResidents(query: "Гарипова") { id } }' },
  contractorWorkers: {
    roles: ['dispatcher'],
    document: `{ contractorWorkers(contractorOrganizationId: "${NO_ID}") { id } }`,
  },
  fileRequestByPhone: {
    roles: ['dispatcher'],
    document: `mutation { fileRequestByPhone(input: { buildingId: "${NO_ID}", categoryId: "${NO_ID}",
      contactName: "", contactPhone: "", description: "" }) { id } }`,
  },
  assignRequest: {
    roles: ['dispatcher'],
    document: `mutation { assignRequest(input: { requestId: "${NO_ID}", version: 1, contractorOrganizationId: "${NO_ID}" }) { id } }`,
  },
  verifyWork: { roles: ['dispatcher'], document: `mutation { verifyWork${STEP} }` },
  returnForRework: { roles: ['dispatcher'], document: `mutation { returnForRework${STEP} }` },
  addRequestNote: {
    roles: ['dispatcher'],
    document: `mutation { addRequestNote(input: { requestId: "${NO_ID}", version: 1, comment: "x" }) { id } }`,
  },
  changeRequestCategory: {
    roles: ['dispatcher'],
    document: `mutation { changeRequestCategory(input: { requestId: "${NO_ID}", version: 1, categoryId: "${NO_ID}" }) { id } }`,
  },
  setRequestPriority: {
    roles: ['dispatcher'],
    document: `mutation { setRequestPriority(input: { requestId: "${NO_ID}", version: 1, priority: HIGH }) { id } }`,
  },
  workOrders: { roles: ['contractor'], document: '{ workOrders { id } }' },
  startWork: { roles: ['contractor'], document: `mutation { startWork${STEP} }` },
  completeWork: {
    roles: ['contractor'],
    document: `mutation { completeWork(input: { requestId: "${NO_ID}", version: 1, comment: "done", signedScanId: "${NO_ID}" }) { id } }`,
  },
  routeRequest: {
    roles: ['administrator'],
    document: `mutation { routeRequest(input: { requestId: "${NO_ID}", version: 1, organizationId: "${NO_ID}" }) { id } }`,
  },
  // Queries.
  eServices: { roles: ['resident', 'dispatcher', 'administrator'], document: '{ eServices { code } }' },
  eService: {
    roles: ['resident', 'dispatcher', 'administrator'],
    document: '{ eService(code: "no_debt_certificate") { code } }',
  },
  myApplications: { roles: ['resident'], document: '{ myApplications { id } }' },
  application: {
    roles: ['resident', 'dispatcher', 'administrator'],
    document: `{ application(id: "${NO_ID}") { id } }`,
  },
  applicationQueue: { roles: ['dispatcher'], document: '{ applicationQueue { id } }' },
  intakeApplications: { roles: ['dispatcher'], document: '{ intakeApplications { id } }' },
  reviewTasks: { roles: ['dispatcher'], document: '{ reviewTasks(mine: true) { id } }' },
  utilityAccount: {
    roles: ['dispatcher'],
    document: '{ utilityAccount(subscriberCode: "100000000001") { id } }',
  },
  colleagues: { roles: ['dispatcher'], document: '{ colleagues { id } }' },
  cityBuildings: { roles: ['dispatcher'], document: '{ cityBuildings(search: "Баумана") { id } }' },
  cityApplications: { roles: ['administrator'], document: '{ cityApplications { id } }' },
  serviceDistricts: {
    roles: ['administrator'],
    document: '{ serviceDistricts(serviceCode: "inquiry_response") { districtId enabled issued } }',
  },
  verifyDocument: { roles: [...roles], document: '{ verifyDocument(code: "NOT-A-CODE") { status } }' },
  myMeters: {
    roles: ['resident'],
    document:
      '{ myMeters { id readingMissingSoon verification { dueOn state } viewerCan { orderSealing } openWorkOrder { id } } }',
  },
  meterReadingWindow: { roles: ['resident'], document: '{ meterReadingWindow { period open } }' },
  // Dashboards and the public transparency page.
  dashboardOptions: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: '{ dashboardOptions { districts { id } } }',
  },
  dashboardOverview: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: '{ dashboardOverview(filter: { from: "2026-11-01", to: "2026-11-30" }) { figures { filed } } }',
  },
  dashboardRequests: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: '{ dashboardRequests(limit: 5) { total items { id } } }',
  },
  eServiceFigures: {
    roles: ['dispatcher', 'contractor', 'administrator'],
    document: '{ eServiceFigures { issued { count } } }',
  },
  dashboardRankings: { roles: ['administrator'], document: '{ dashboardRankings { organizationId } }' },
  transparency: { roles: [...roles], document: '{ transparency { managementCompanies { name } } }' },
  transparencyDistricts: { roles: [...roles], document: '{ transparencyDistricts { id name } }' },
  // Mutations.
  submitApplication: {
    roles: ['resident'],
    document: 'mutation { submitApplication(input: { serviceCode: "no_such_service", answers: {} }) { id } }',
  },
  requestSigningCode: {
    roles: ['resident'],
    document: `mutation { requestSigningCode(applicationId: "${NO_ID}") { sentTo } }`,
  },
  signApplication: {
    roles: ['resident'],
    document: `mutation { signApplication(applicationId: "${NO_ID}", code: "123456") { id } }`,
  },
  startPayment: {
    roles: ['resident', 'dispatcher'],
    document: `mutation { startPayment(applicationId: "${NO_ID}") { paymentId } }`,
  },
  applicationStartReview: { roles: ['dispatcher'], document: `mutation { applicationStartReview${DECIDE} }` },
  applicationRequestPayment: {
    roles: ['dispatcher'],
    document: `mutation { applicationRequestPayment${DECIDE} }`,
  },
  applicationApprove: { roles: ['dispatcher'], document: `mutation { applicationApprove${DECIDE} }` },
  applicationRefuse: { roles: ['dispatcher'], document: `mutation { applicationRefuse${DECIDE} }` },
  applicationInvalidate: { roles: ['dispatcher'], document: `mutation { applicationInvalidate${DECIDE} }` },
  createReviewTask: {
    roles: ['dispatcher'],
    document: `mutation { createReviewTask(applicationId: "${NO_ID}", kind: "METER_INSPECTION") { id } }`,
  },
  completeReviewTask: {
    roles: ['dispatcher'],
    document: `mutation { completeReviewTask(taskId: "${NO_ID}", result: "done") { id } }`,
  },
  orderMeterSealing: {
    roles: ['dispatcher'],
    document: `mutation { orderMeterSealing(applicationId: "${NO_ID}") { id } }`,
  },
  removeFromWaitingList: {
    roles: ['dispatcher'],
    document: `mutation { removeFromWaitingList(applicationId: "${NO_ID}", reason: "x") { id } }`,
  },
  revokeDocument: {
    roles: ['dispatcher'],
    document: `mutation { revokeDocument(documentId: "${NO_ID}", reason: ISSUED_IN_ERROR) { id } }`,
  },
  fileApplicationOnBehalf: {
    roles: ['dispatcher'],
    document: `mutation { fileApplicationOnBehalf(input: {
      serviceCode: "inquiry_response", applicantName: "", applicantPhone: "", answers: {} }) { id } }`,
  },
  setServiceDistrict: {
    roles: ['administrator'],
    document: `mutation { setServiceDistrict(serviceCode: "inquiry_response", districtId: "${NO_ID}", enabled: true) { districtId } }`,
  },
  submitMeterReading: {
    roles: ['resident'],
    document: `mutation { submitMeterReading(meterId: "${NO_ID}", value: "1", confirm: true) { id } }`,
  },
  meterDeskAvailable: { roles: ['dispatcher'], document: '{ meterDeskAvailable }' },
  deskMeters: {
    roles: ['dispatcher'],
    document:
      '{ deskMeters(search: "Баумана 7") { id readingsCsv verification { dueOn state } buildingId } }',
  },
  deskMeter: { roles: ['dispatcher'], document: `{ deskMeter(id: "${NO_ID}") { id readings { id } } }` },
  takeMeterReading: {
    roles: ['dispatcher'],
    document: `mutation { takeMeterReading(meterId: "${NO_ID}", value: "1", confirm: true) { id } }`,
  },
  orderMeterSealWork: {
    roles: ['resident'],
    document: `mutation { orderMeterSealWork(meterId: "${NO_ID}", work: UNSEAL) { id } }`,
  },
  orderMeterSealWorkForCaller: {
    roles: ['dispatcher'],
    document: `mutation { orderMeterSealWorkForCaller(input: {
      meterId: "${NO_ID}", work: SEAL, callerName: "Caller", callerPhone: "+79170000000" }) { id } }`,
  },
  setMeterReadingJumpMultiple: {
    roles: ['administrator'],
    document: 'mutation { setMeterReadingJumpMultiple(multiple: 3) { meterReadingJumpMultiple } }',
  },
  // Contacts an application gives, and the client's access to an application filed for them.
  confirmedEmails: { roles: ['resident'], document: '{ confirmedEmails }' },
  requestContactConfirmation: {
    roles: ['resident'],
    document: 'mutation { requestContactConfirmation(email: "not-an-email") { sentTo } }',
  },
  confirmContact: {
    roles: ['resident'],
    document: 'mutation { confirmContact(email: "nobody@example.com", code: "123456") }',
  },
  trackApplication: {
    roles: [...roles],
    document: '{ trackApplication(number: "KZN-2026-000001", code: "ZZZZZ-ZZZZZ") { number } }',
  },
  // Notifications: everyone's own in-app list; the e-mail and SMS outbox and its retry are the administrator's.
  myNotifications: {
    roles: ['resident', 'dispatcher', 'contractor', 'administrator'],
    document: '{ myNotifications(first: 1) { id } }',
  },
  unreadNotificationCount: {
    roles: ['resident', 'dispatcher', 'contractor', 'administrator'],
    document: '{ unreadNotificationCount }',
  },
  markNotificationsRead: {
    roles: ['resident', 'dispatcher', 'contractor', 'administrator'],
    document: 'mutation { markNotificationsRead(ids: []) }',
  },
  outbox: {
    roles: ['administrator'],
    document: '{ outbox(first: 1, status: FAILED) { id status lastError nextAttemptAt viewerCanRetry } }',
  },
  retryNotification: {
    roles: ['administrator'],
    document: `mutation { retryNotification(id: "${NO_ID}") { id status nextAttemptAt viewerCanRetry } }`,
  },
  // Holiday calendars (the call is refused as INVALID_INPUT, so the shipped rows stay as they are).
  holidayCalendars: { roles: ['administrator'], document: '{ holidayCalendars { year daysOff } }' },
  // The signed-in user's own account (refused as INVALID_INPUT: nobody's password changes here).
  changeMyPassword: {
    roles: ['resident', 'dispatcher', 'contractor', 'administrator'],
    document: 'mutation { changeMyPassword(currentPassword: "demo12345", newPassword: "short") }',
  },
  // Residents on their own: anyone may sign up or reset a password, as anyone may sign in (each refused
  // here as INVALID_INPUT, so nothing is created and no mail goes out).
  registerResident: {
    roles: [...roles],
    document: `mutation { registerResident(input: { email: "new.resident@example.com", displayName: "New",
      password: "short", locale: en }) { handle } }`,
  },
  confirmRegistration: {
    roles: [...roles],
    document: `mutation { confirmRegistration(handle: "${NO_ID}", code: "000000") { user { id } } }`,
  },
  requestPasswordReset: {
    roles: [...roles],
    document: 'mutation { requestPasswordReset(login: "not-an-address") }',
  },
  resetPassword: {
    roles: [...roles],
    document: 'mutation { resetPassword(token: "not-a-token", newPassword: "short") }',
  },
  setHolidayCalendar: {
    roles: ['administrator'],
    document: 'mutation { setHolidayCalendar(input: { year: 1999, daysOff: [], source: "x" }) { year } }',
  },
  // First run: everyone may ask whether setup is pending; only the anonymous schema has the setup mutation
  // (refused here as INVALID_INPUT, and the demo city exists anyway).
  setupRequired: { roles: [...roles], document: '{ setupRequired }' },
  setUpCity: {
    roles: ['anonymous'],
    document: `mutation { setUpCity(input: { token: "x", code: "", names: {}, countryCode: "", timeZone: "",
      currency: "", officialLocale: ru, administrator: { email: "", displayName: "", password: "", locale: ru } })
      { user { id } } }`,
  },
  // The audit trail: the administrator's alone (the sign-ins of this test's clients are in it).
  auditLog: {
    roles: ['administrator'],
    document: `{ auditLog(first: 2, filter: { action: "auth" }) {
      nodes { id action actor { id displayName } actorRole organizationName targetType targetId details clientIp requestId }
      pageInfo { endCursor hasNextPage } } }`,
  },
};

/** What the service layer answers with; anything else (INTERNAL, UNAUTHENTICATED…) is a failure. */
const domainCodes = ['NOT_FOUND', 'NOT_ALLOWED', 'INVALID_INPUT', 'STALE_VERSION', 'RATE_LIMITED'];

/** Root field names defined in the requests, e-services, meters, dashboards, calendars, contacts, account, self-service, notifications, audit and setup modules (read from their sources). */
function moduleRootFields(): string[] {
  const schemas = roleSchemas();
  const roots = new Set(
    Object.values(schemas).flatMap((s) =>
      [s.getQueryType(), s.getMutationType(), s.getSubscriptionType()].flatMap((t) =>
        t ? Object.keys(t.getFields()) : [],
      ),
    ),
  );
  const names = new Set<string>();
  for (const dir of [
    'modules/requests',
    'modules/e-services',
    'modules/meters',
    'modules/dashboards',
    'modules/calendars',
    'modules/contacts',
    'modules/account',
    'modules/self-service',
    'modules/notifications',
    'modules/audit',
    'modules/setup',
  ]) {
    const folder = path.join(import.meta.dirname, dir);
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(folder, file), 'utf8');
      for (const m of source.matchAll(/^ {2}(\w+): (?:t\.\w+\(|\{)|(?:query|mutation)Field\('(\w+)'/gm))
        names.add(m[1] ?? m[2]!);
    }
  }
  return [...names].filter((n) => roots.has(n)).sort();
}

type Name =
  | Exclude<Role, 'anonymous'>
  | 'otherResident'
  | 'otherDispatcher'
  | 'meterDesk'
  | 'repairDesk'
  | 'otherRepairDesk';
let world: DemoApi<Name>;
const clients = {} as Record<Role, TestClient>;
let applicationId: string;

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    dispatcher: 'dispatcher.vodokanal@demo.citydesk',
    otherDispatcher: 'dispatcher.kzio@demo.citydesk',
    meterDesk: 'dispatcher.kcs@demo.citydesk',
    // A management company that contracts the roofers, and a homeowners' association that does not.
    repairDesk: 'dispatcher@demo.citydesk',
    otherRepairDesk: 'dispatcher.solnechny@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    administrator: 'admin@demo.citydesk',
  });
  Object.assign(clients, world.as, { anonymous: new TestClient(world.api.url, 'en') });

  const db = world.db.prisma;
  const resident = await actorFor(db, 'resident@demo.citydesk');
  const home = await db.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
  const result = await clients.resident.request<{ submitApplication: { id: string } }>(
    `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
    {
      input: {
        serviceCode: 'no_debt_certificate',
        premisesId: home.premisesId,
        answers: noDebtAnswers(),
        documents: [{ kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db, resident)] }],
      },
    },
  );
  expect(result.errors).toBeUndefined();
  applicationId = result.data!.submitApplication.id;
});
afterAll(async () => {
  await world?.close();
});

describe('repair-request, e-service, meter, dashboard and calendar root fields', () => {
  it('lists every root field of the modules in the matrix', () => {
    expect(Object.keys(matrix).sort()).toEqual(moduleRootFields());
  });

  it('puts each field in exactly the schemas of the roles allowed to call it', () => {
    const schemas = roleSchemas();
    for (const [field, rule] of Object.entries(matrix))
      for (const role of roles) {
        const schema = schemas[role];
        const present = [schema.getQueryType(), schema.getMutationType()].some((t) =>
          t ? field in t.getFields() : false,
        );
        expect(present, `${role}: ${field}`).toBe(rule.roles.includes(role));
      }
  });

  for (const [field, rule] of Object.entries(matrix))
    it(`${field}: ${rule.roles.join(', ')} may call it; others cannot name it`, async () => {
      for (const role of roles) {
        const result = await clients[role].request(rule.document);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (rule.roles.includes(role)) {
          expect(codes, `${role}: ${JSON.stringify(result.errors)}`).not.toContain(
            'GRAPHQL_VALIDATION_FAILED',
          );
          if (result.errors) {
            expect(domainCodes, `${role}: ${JSON.stringify(result.errors)}`).toContain(codes[0]);
            expect(result.data?.[field] ?? null).toBeNull();
          } else expect(result.data, role).toHaveProperty(field);
        } else {
          expect(codes, `${role}: ${field}`).toEqual(['GRAPHQL_VALIDATION_FAILED']);
          expect(result.data ?? null).toBeNull();
          expect(result.errors![0]!.message).toContain(field);
        }
      }
    });
});

describe('row-level rules behind the fields', () => {
  const APPLICATION = `query ($id: ID!) { application(id: $id) { id number } }`;

  it('gives an application to its applicant, the deciding utility and the city, null to anyone else', async () => {
    for (const name of ['resident', 'dispatcher', 'administrator'] as const) {
      const result = await world.as[name].request(APPLICATION, { id: applicationId });
      expect(result.errors, name).toBeUndefined();
      expect(result.data!.application?.id, name).toBe(applicationId);
    }
    for (const name of ['otherResident', 'otherDispatcher'] as const) {
      const result = await world.as[name].request(APPLICATION, { id: applicationId });
      expect(result.errors, name).toBeUndefined();
      expect(result.data, name).toEqual({ application: null });
    }
    expect((await clients.resident.request(APPLICATION, { id: 'not-a-uuid' })).data).toEqual({
      application: null,
    });
  });

  it('keeps it out of another resident’s list and another organization’s queue', async () => {
    const mine = await world.as.resident.request('{ myApplications { id } }');
    expect(mine.data!.myApplications.map((a: { id: string }) => a.id)).toContain(applicationId);
    const theirs = await world.as.otherResident.request('{ myApplications { id } }');
    expect(theirs.data!.myApplications.map((a: { id: string }) => a.id)).not.toContain(applicationId);
    const queue = await world.as.dispatcher.request('{ applicationQueue { id } }');
    expect(queue.data!.applicationQueue.map((a: { id: string }) => a.id)).toContain(applicationId);
    const other = await world.as.otherDispatcher.request('{ applicationQueue { id } }');
    expect(other.data!.applicationQueue.map((a: { id: string }) => a.id)).not.toContain(applicationId);
  });

  it('orders sealing work only for the resident’s own meter and the meter desk’s city: another’s is NOT_FOUND', async () => {
    const db = world.db.prisma;
    // resident@'s demo cold-water meter.
    const meter = await db.meter.findFirstOrThrow({ where: { serialNumber: 'SV-120701' } });
    const ORDER = `mutation ($id: ID!) { orderMeterSealWork(meterId: $id, work: UNSEAL) { id openWorkOrder { number } } }`;
    const before = await db.request.count();
    const theirs = await world.as.otherResident.request(ORDER, { id: meter.id });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const FOR_CALLER = `mutation ($id: ID!) { orderMeterSealWorkForCaller(input: {
      meterId: $id, work: UNSEAL, callerName: "Алия Сафина", callerPhone: "+79172345601" }) { id } }`;
    // Staff of an organization that does not keep the meters are refused outright.
    const other = await world.as.dispatcher.request(FOR_CALLER, { id: meter.id });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    expect(await db.request.count()).toBe(before);
    expect(await db.meter.findUniqueOrThrow({ where: { id: meter.id } })).toEqual(meter);
    // The meter desk sees it with its verification; the resident orders the work for it.
    const desk = await world.as.meterDesk.request(
      `query ($id: ID!) { deskMeter(id: $id) { verification { dueOn } viewerCan { orderUnsealing } } }`,
      { id: meter.id },
    );
    expect(desk.data?.deskMeter).toMatchObject({ viewerCan: { orderUnsealing: true } });
    const mine = await world.as.resident.request(ORDER, { id: meter.id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.orderMeterSealWork.openWorkOrder.number).toMatch(/\d/);
  });

  it('refuses another organization’s reviewer and another resident with NOT_FOUND, changing nothing', async () => {
    const before = await world.db.prisma.request.findUniqueOrThrow({ where: { id: applicationId } });
    const decide = await world.as.otherDispatcher.request(
      `mutation ($id: ID!, $v: Int!) { applicationStartReview(input: { applicationId: $id, version: $v }) { id } }`,
      { id: applicationId, v: before.version },
    );
    expect(decide.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const pay = await world.as.otherResident.request(
      `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId } }`,
      { id: applicationId },
    );
    expect(pay.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await world.db.prisma.request.findUniqueOrThrow({ where: { id: applicationId } })).toEqual(before);
  });
});

describe('row-level rules behind contractors and their workers', () => {
  const WORKERS = 'query ($id: ID!) { contractorWorkers(contractorOrganizationId: $id) { id displayName } }';
  const ASSIGN = `mutation ($c: ID!) { assignRequest(input: { requestId: "${NO_ID}", version: 1, contractorOrganizationId: $c }) { id } }`;

  it('shows a contractor’s workers only to dispatchers of organizations that contract it; others get NOT_FOUND', async () => {
    const db = world.db.prisma;
    const roofers = await db.organization.findFirstOrThrow({ where: { name: 'ООО «КровляСтрой»' } });
    const staff = await db.user.findMany({
      where: { memberships: { some: { organizationId: roofers.id } } },
      orderBy: { displayName: 'asc' },
      select: { id: true, displayName: true },
    });
    expect(staff.length).toBeGreaterThan(0);
    const contracted = await world.as.repairDesk.request(WORKERS, { id: roofers.id });
    expect(contracted.errors).toBeUndefined();
    expect(contracted.data!.contractorWorkers).toEqual(staff);

    for (const name of ['otherRepairDesk', 'dispatcher', 'meterDesk'] as const) {
      const theirs = await world.as[name].request(WORKERS, { id: roofers.id });
      expect(theirs.errors?.[0]?.extensions?.code, name).toBe('NOT_FOUND');
      expect(theirs.data ?? null, name).toBeNull();
      const listed = await world.as[name].request<{ contractors: { id: string }[] }>(
        '{ contractors { id } }',
      );
      expect(
        listed.data!.contractors.map((c) => c.id),
        name,
      ).not.toContain(roofers.id);
    }
    // Nor can they give the roofers work: the contractor is no valid choice for them.
    const assign = await world.as.otherRepairDesk.request(ASSIGN, { c: roofers.id });
    expect(assign.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'contractorOrganizationId', code: 'invalid_choice' }],
    });
    const listed = await world.as.repairDesk.request<{ contractors: { id: string }[] }>(
      '{ contractors { id } }',
    );
    expect(listed.data!.contractors.map((c) => c.id)).toContain(roofers.id);
    // A malformed id is NOT_FOUND too, not an internal error.
    const malformed = await world.as.repairDesk.request(WORKERS, { id: 'not-a-uuid' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('row-level rules behind reopenRequest', () => {
  /** The resident's repair request, closed by the platform without their confirmation a moment ago. */
  async function closedWithoutConfirmation(reopenWithinDays = 14) {
    const DAY = 86_400_000;
    // The services' clock runs six days behind, so the auto-close lands now: the API reads the real clock.
    const t = testDeps(world.db.prisma, new Date(Date.now() - 6 * DAY));
    t.advance(DAY - 1);
    return autoClosedRepair(t, await repairCrew(world.db.prisma), { afterMs: 5 * DAY, reopenWithinDays });
  }
  const REOPEN = `mutation ($id: ID!, $v: Int!) {
    reopenRequest(input: { requestId: $id, version: $v, reasonCode: NOT_DONE }) { id status viewerCan { reopen } }
  }`;
  const VIEW = `query ($id: ID!) { myRequest(id: $id) { status reopenUntil viewerCan { reopen reopenUntil confirm } } }`;

  it('tells the resident until when they may reopen it, and no one else sees it', async () => {
    const r = await closedWithoutConfirmation();
    const own = await world.as.resident.request(VIEW, { id: r.id });
    expect(own.errors).toBeUndefined();
    expect(own.data!.myRequest).toEqual({
      status: 'CLOSED_UNCONFIRMED',
      reopenUntil: r.reopenUntil!.toISOString(),
      viewerCan: { reopen: true, reopenUntil: r.reopenUntil!.toISOString(), confirm: false },
    });
    expect((await world.as.otherResident.request(VIEW, { id: r.id })).data).toEqual({ myRequest: null });
  });

  it('refuses another resident with NOT_FOUND, changing nothing, and lets the resident reopen it', async () => {
    const r = await closedWithoutConfirmation();
    const before = await world.db.prisma.request.findUniqueOrThrow({ where: { id: r.id } });
    const theirs = await world.as.otherResident.request(REOPEN, { id: r.id, v: r.version });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await world.db.prisma.request.findUniqueOrThrow({ where: { id: r.id } })).toEqual(before);
    const own = await world.as.resident.request(REOPEN, { id: r.id, v: r.version });
    expect(own.errors).toBeUndefined();
    expect(own.data!.reopenRequest).toEqual({ id: r.id, status: 'REOPENED', viewerCan: { reopen: false } });
  });

  it('refuses a reopening after the window with a translated REOPEN_WINDOW_CLOSED naming its end', async () => {
    const r = await closedWithoutConfirmation(0);
    const ru = new TestClient(world.api.url, 'ru');
    ru.cookie = world.as.resident.cookie;
    const late = await ru.request(REOPEN, { id: r.id, v: r.version });
    expect(late.errors?.[0]?.extensions?.code).toBe('REOPEN_WINDOW_CLOSED');
    expect(late.errors?.[0]?.message).toMatch(/^Эту заявку уже нельзя возобновить: срок для этого истёк \d/);
    expect(late.errors?.[0]?.message).not.toContain(r.reopenUntil!.toISOString());
    expect((await world.db.prisma.request.findUniqueOrThrow({ where: { id: r.id } })).status).toBe(
      'CLOSED_UNCONFIRMED',
    );
    const view = await world.as.resident.request(VIEW, { id: r.id });
    expect(view.data!.myRequest.viewerCan).toEqual({ reopen: false, reopenUntil: null, confirm: false });
  });
});
