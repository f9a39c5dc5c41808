// Every service runs on its own clock (services are data: the catalogue row's SLA): the no-debt
// certificate in 3 working days of the Russian calendar, the waiting list in 30 calendar days counted
// from registration (after signing), the household-size change applied by the 10th of the month after
// filing (seed 003's rule, packages/domain household-change.ts) — and an approved household change counts
// from the filing day, however late in that window it is approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { decideApplication } from './decide-application.ts';
import { requestSigningCode, signApplication } from './sign-application.ts';
import { submitApplication } from './submit-application.ts';
import {
  householdAnswers,
  noDebtAnswers,
  signingCodeFromOutbox,
  uploadedDocument,
  waitingListAnswers,
} from './test-applications.ts';

let db: TestDatabase;
const who: Record<string, Actor> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident3: 'resident3@demo.citydesk',
    kcs: 'dispatcher.kcs@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

/** Service dependencies whose clock starts at `at`. */
const at = (iso: string) => testDeps(db.prisma, new Date(iso));

async function home(actor: Actor) {
  return (await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } })).premisesId;
}

async function householdChange(deps: ReturnType<typeof at>['deps'], actor = who.resident!, size = 3) {
  return submitApplication(deps, actor, {
    serviceCode: 'household_size_change',
    premisesId: await home(actor),
    answers: householdAnswers(size),
    documents: [{ kind: 'supportingDocuments', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
}

describe('working days: the no-debt certificate', () => {
  it('filed on a Friday: the weekend and the Unity Day holiday do not count', async () => {
    // Friday 30 October 2026, 15:00 in Kazan. Mon 2 Nov (1), Tue 3 (2), Wed 4 is a holiday, Thu 5 (3).
    const t = at('2026-10-30T12:00:00Z');
    const a = await submitApplication(t.deps, who.resident!, {
      serviceCode: 'no_debt_certificate',
      premisesId: await home(who.resident!),
      answers: noDebtAnswers(),
      documents: [
        { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
      ],
    });
    expect(a.status).toBe('REGISTERED');
    // 18:00 Moscow time, the end of the working day.
    expect(a.deadlineAt.toISOString()).toBe('2026-11-05T15:00:00.000Z');
    expect(a.application?.registeredAt?.toISOString()).toBe('2026-10-30T12:00:00.000Z');
  });

  it('filed on a Friday evening after the working day, still counted from the next working day', async () => {
    // Friday 6 November 2026, 23:30 in Kazan: Mon 9 (1), Tue 10 (2), Wed 11 (3).
    const t = at('2026-11-06T20:30:00Z');
    const a = await submitApplication(t.deps, who.resident!, {
      serviceCode: 'no_debt_certificate',
      premisesId: await home(who.resident!),
      answers: noDebtAnswers(),
      documents: [
        { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
      ],
    });
    expect(a.deadlineAt.toISOString()).toBe('2026-11-11T15:00:00.000Z');
  });
});

describe('calendar days from registration: the service-housing waiting list', () => {
  it('has no real deadline until it is signed; signing registers it with 30 calendar days from then', async () => {
    const t = at('2026-11-25T09:00:00Z');
    const a = await submitApplication(t.deps, who.resident!, {
      serviceCode: 'service_housing_waiting_list',
      answers: waitingListAnswers(),
      documents: [
        {
          kind: 'employmentCertificate',
          attachmentIds: [await uploadedDocument(db.prisma, who.resident!)],
        },
      ],
    });
    expect(a.status).toBe('SUBMITTED');
    expect(a.application?.registeredAt).toBeNull();
    expect(a.organization?.name).toBeTruthy();
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: a.organizationId! } })).kind).toBe(
      'AGENCY',
    );

    // The applicant signs two days later, at 01:30 on 27 November in Kazan (still the 26th in UTC).
    t.advance(DAY + 13.5 * 3_600_000);
    expect(t.deps.clock().toISOString()).toBe('2026-11-26T22:30:00.000Z');
    await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    const code = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);
    const signed = await signApplication(t.deps, who.resident!, { requestId: a.id, code });
    expect(signed.status).toBe('REGISTERED');
    expect(signed.application?.registeredAt?.toISOString()).toBe('2026-11-26T22:30:00.000Z');
    // The local day of registration is 27 November: the end of 27 December, Moscow time.
    expect(signed.deadlineAt.toISOString()).toBe('2026-12-27T20:59:59.999Z');
    const registered = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: a.id, type: 'REGISTERED' },
    });
    expect(registered.data).toMatchObject({ deadlineAt: '2026-12-27T20:59:59.999Z' });
  });
});

describe('applied by day 10 of the month after filing: the household-size change', () => {
  it('filed on 25 November 2026 → due at the end of 10 December, Moscow time', async () => {
    const t = at('2026-11-25T09:00:00Z');
    const a = await householdChange(t.deps);
    expect(a.status).toBe('REGISTERED');
    expect(a.deadlineAt.toISOString()).toBe('2026-12-10T20:59:59.999Z');
  });

  it('filed in December → due on 10 January of the next year', async () => {
    const t = at('2026-12-15T09:00:00Z');
    expect((await householdChange(t.deps)).deadlineAt.toISOString()).toBe('2027-01-10T20:59:59.999Z');
    // The last evening of the year in Kazan (already 31 December 21:30 UTC = 1 January 00:30 local)
    // belongs to January: due on 10 February.
    const newYear = at('2026-12-31T21:30:00Z');
    expect((await householdChange(newYear.deps)).deadlineAt.toISOString()).toBe('2027-02-10T20:59:59.999Z');
  });

  it('filed on the last day of a month → due on the 10th of the next, under a fortnight later', async () => {
    // 31 January 2027, 12:00 in Kazan.
    const t = at('2027-01-31T09:00:00Z');
    expect((await householdChange(t.deps)).deadlineAt.toISOString()).toBe('2027-02-10T20:59:59.999Z');
  });

  it('approval records the new size, effective from the filing day, not the approval day', async () => {
    const t = at('2026-11-25T09:00:00Z');
    const a = await householdChange(t.deps, who.resident3!, 5);
    // Checked and approved on 8 December, within the window that ends on the 10th.
    t.advance(13 * DAY);
    let r = await decideApplication(t.deps, who.kcs!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    r = await decideApplication(t.deps, who.kcs!, { requestId: a.id, version: r.version, action: 'approve' });
    expect(r.status).toBe('APPROVED');
    const record = await db.prisma.householdSizeRecord.findFirstOrThrow({ where: { requestId: a.id } });
    expect(record.size).toBe(5);
    expect(record.premisesId).toBe(await home(who.resident3!));
    expect(record.effectiveFrom.toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(r.application?.decision).toMatchObject({ effectiveFrom: '2026-11-25' });
    expect(r.deadlineAt.toISOString()).toBe('2026-12-10T20:59:59.999Z');
    expect(r.issuedDocuments.map((d) => d.kind)).toEqual(['HOUSEHOLD_SIZE']);
    // The earlier size stays on record: billing reads the size effective on a date.
    expect(
      await db.prisma.householdSizeRecord.count({ where: { premisesId: record.premisesId } }),
    ).toBeGreaterThanOrEqual(2);
  });
});
