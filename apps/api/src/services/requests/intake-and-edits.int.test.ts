// Phone intake by a dispatcher, and the dispatcher's edits (note, category, priority).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { searchResidents } from '../reference/company-directory.ts';
import type { Actor } from '../context.ts';
import { addRequestNote, changeRequestCategory, setRequestPriority } from './edit-request.ts';
import { fileRequestByPhone } from './file-request-by-phone.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
let dispatcher: Actor;
let otherDispatcher: Actor;
let resident: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  dispatcher = await actorFor(db.prisma, 'dispatcher@demo.citydesk');
  otherDispatcher = await actorFor(db.prisma, 'dispatcher.uyutnydom@demo.citydesk');
  resident = await actorFor(db.prisma, 'resident@demo.citydesk');
});
afterAll(async () => {
  await db?.close();
});

const category = (code: string) => db.prisma.serviceCategory.findUniqueOrThrow({ where: { code } });

describe('phone intake', () => {
  it('finds the caller among the company’s residents and files for them, channel PHONE', async () => {
    const [match] = await searchResidents(t.deps, dispatcher, 'Сафина');
    expect(match?.id).toBe(resident.userId);
    const home = match!.occupancies[0]!;
    const request = await fileRequestByPhone(t.deps, dispatcher, {
      categoryId: (await category('heating')).id,
      residentId: match!.id,
      contactName: match!.displayName,
      contactPhone: '8 (917) 555-12-34',
      buildingId: home.premises.buildingId,
      premisesNumber: home.premises.number,
      description: 'Radiators are cold in the whole flat',
    });
    expect(request).toMatchObject({
      channel: 'PHONE',
      status: 'ROUTED',
      residentId: resident.userId,
      contactPhone: '+79175551234',
    });
    expect(request.filedById).toBe(dispatcher.userId);
    expect(request.organizationId).toBe(dispatcher.organizationId);
  });

  it('files for a caller without an account, for a common area', async () => {
    const building = await db.prisma.building.findFirstOrThrow({
      where: { managingOrganizationId: dispatcher.organizationId },
    });
    const request = await fileRequestByPhone(t.deps, dispatcher, {
      categoryId: (await category('entrance_lighting')).id,
      contactName: 'Ильдар Гарипов',
      contactPhone: '+79170000001',
      buildingId: building.id,
      commonArea: 'ENTRANCE',
      description: 'No light on the third floor landing',
    });
    expect(request).toMatchObject({
      residentId: null,
      commonArea: 'ENTRANCE',
      premisesId: null,
      contactName: 'Ильдар Гарипов',
    });
  });

  it('does not let a dispatcher file for another company’s building or find its residents', async () => {
    const theirs = await db.prisma.building.findFirstOrThrow({
      where: { managingOrganizationId: otherDispatcher.organizationId },
    });
    await expect(
      fileRequestByPhone(t.deps, dispatcher, {
        categoryId: (await category('heating')).id,
        contactName: 'Someone',
        contactPhone: '+79170000002',
        buildingId: theirs.id,
        premisesNumber: '1',
        description: 'Radiators are cold in the whole flat',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await searchResidents(t.deps, otherDispatcher, 'Сафина')).toEqual([]);
  });

  it('refuses a missing name and an unknown apartment with field issues', async () => {
    const building = await db.prisma.building.findFirstOrThrow({
      where: { managingOrganizationId: dispatcher.organizationId },
    });
    await expect(
      fileRequestByPhone(t.deps, dispatcher, {
        categoryId: (await category('heating')).id,
        contactName: ' ',
        contactPhone: '+79170000003',
        buildingId: building.id,
        commonArea: 'ROOF',
        description: 'Radiators are cold in the whole flat',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'contactName', code: 'required' }] },
    });
    await expect(
      fileRequestByPhone(t.deps, dispatcher, {
        categoryId: (await category('heating')).id,
        contactName: 'A caller',
        contactPhone: '+79170000003',
        buildingId: building.id,
        premisesNumber: '9999',
        description: 'Radiators are cold in the whole flat',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('dispatcher edits', () => {
  async function phoned() {
    const building = await db.prisma.building.findFirstOrThrow({
      where: { managingOrganizationId: dispatcher.organizationId },
    });
    return fileRequestByPhone(t.deps, dispatcher, {
      categoryId: (await category('downpipe')).id,
      contactName: 'A caller',
      contactPhone: '+79170000004',
      buildingId: building.id,
      commonArea: 'YARD',
      description: 'The downpipe is broken at the corner',
    });
  }

  it('re-categorising recomputes the deadline from the filing time and raises an emergency', async () => {
    const request = await phoned();
    const changed = await changeRequestCategory(t.deps, dispatcher, {
      requestId: request.id,
      version: request.version,
      categoryId: (await category('burst_pipe')).id,
      comment: 'Actually a burst pipe',
    });
    expect(changed.deadlineAt.getTime()).toBe(request.createdAt.getTime() + 3600_000);
    expect(changed.priority).toBe('EMERGENCY');
    expect(changed.version).toBe(request.version + 1);
  });

  it('notes and priorities are timeline steps on the version seen', async () => {
    const request = await phoned();
    const noted = await addRequestNote(t.deps, dispatcher, {
      requestId: request.id,
      version: request.version,
      comment: 'Called back',
    });
    await expect(
      setRequestPriority(t.deps, dispatcher, {
        requestId: request.id,
        version: request.version,
        priority: 'HIGH',
      }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const raised = await setRequestPriority(t.deps, dispatcher, {
      requestId: request.id,
      version: noted.version,
      priority: 'HIGH',
    });
    expect(raised.priority).toBe('HIGH');
    const types = (
      await db.prisma.requestEvent.findMany({
        where: { requestId: request.id },
        orderBy: { position: 'asc' },
      })
    ).map((e) => e.type);
    expect(types).toEqual(['FILED', 'ROUTED', 'COMMENTED', 'PRIORITY_CHANGED']);
    await expect(
      addRequestNote(t.deps, otherDispatcher, {
        requestId: request.id,
        version: raised.version,
        comment: 'x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
