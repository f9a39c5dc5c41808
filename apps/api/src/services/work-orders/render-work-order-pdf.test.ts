// Who may print a work order and what goes onto it, with the database and the PDF renderer stubbed
// (the integration test prints real PDFs from a real database).
import type { WorkOrderDocument } from '@citydesk/documents';
import { messages } from '@citydesk/i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../infra/db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../context.ts';
import { workOrderPdf } from './render-work-order-pdf.ts';

const rendered: { document: WorkOrderDocument; locale: string }[] = [];
vi.mock('@citydesk/documents', () => ({
  renderWorkOrderPdf: async (document: WorkOrderDocument, locale: string) => {
    rendered.push({ document, locale });
    return Buffer.from('%PDF-1.7');
  },
}));

const requestId = '6f1c2a9e-2b7d-4c1e-9a55-0c7e3b1d2f48';
const orgId = '0b6c7d8e-1111-4222-8333-444455556666';
const printedAt = new Date('2026-11-25T09:00:00Z');

const row = {
  id: requestId,
  number: 'KZN-2026-000123',
  priority: 'HIGH',
  deadlineAt: new Date('2026-11-26T15:00:00Z'),
  contactName: 'Алия Сафина',
  contactPhone: '+79172345601',
  description: 'Water is leaking from the ceiling',
  commonArea: null as string | null,
  premises: { number: '12', kind: 'APARTMENT' } as { number: string; kind: string } | null,
  building: { street: 'ул. Баумана', houseNumber: '7' },
  category: { name: { en: 'Roof leak', ru: 'Протечка кровли', fa: 'نشت آب از بام' } },
  city: { name: { en: 'Kazan', fa: 'کازان' }, timeZone: 'Europe/Moscow' },
  organization: { name: 'УК Жилсервис Вахитовский' },
  workOrder: {
    number: 'KZN-2026-000123-WO',
    issuedAt: new Date('2026-11-25T08:10:00Z'),
    contractorOrganization: { name: 'ООО «Аквасервис»' },
    assignee: null,
  },
};

function fakeDb(found: unknown = row) {
  const findFirst = vi.fn(async (_args: unknown) => found);
  return { db: { request: { findFirst } } as unknown as Db, findFirst };
}

const actor = (role: Actor['role'], organizationId: string | null = orgId): Actor => ({
  userId: '11111111-2222-4333-8444-555566667777',
  role,
  organizationId,
  cityId: '99999999-2222-4333-8444-555566667777',
  displayName: 'Олег Петров',
  locale: 'ru',
});

const clock = () => printedAt;

beforeEach(() => {
  rendered.length = 0;
});

describe('workOrderPdf', () => {
  it('names the file after the work order and resolves every value in the reader’s language', async () => {
    const { db } = fakeDb();
    const pdf = await workOrderPdf({ db, clock }, actor('CONTRACTOR'), {
      requestId,
      publicUrl: 'https://citydesk.example/',
      locale: 'fa',
    });
    expect(pdf.fileName).toBe('KZN-2026-000123-WO.pdf');
    expect(rendered).toHaveLength(1);
    const { document, locale } = rendered[0]!;
    expect(locale).toBe('fa');
    expect(document).toMatchObject({
      requestNumber: 'KZN-2026-000123',
      workOrderNumber: 'KZN-2026-000123-WO',
      requestUrl: `https://citydesk.example/requests/${requestId}`,
      priority: 'HIGH',
      timeZone: 'Europe/Moscow',
      printedAt,
      cityName: 'کازان',
      category: 'نشت آب از بام',
      contractor: 'ООО «Аквасервис»',
      worker: null,
      address: { street: 'ул. Баумана', house: '7', place: { kind: 'apartment', number: '12' } },
      resident: { name: 'Алия Сафина', phone: '+79172345601' },
    });
  });

  it('prints in the actor’s own language by default, and a common area by its translated name', async () => {
    const { db } = fakeDb({ ...row, premises: null, commonArea: 'ROOF' });
    await workOrderPdf({ db, clock }, actor('DISPATCHER'), { requestId, publicUrl: 'http://localhost:4000' });
    const { document, locale } = rendered[0]!;
    expect(locale).toBe('ru');
    expect(document.address.place).toEqual({ kind: 'commonArea', name: messages.ru.commonArea.ROOF });
    expect(document.category).toBe('Протечка кровли');
    expect(document.cityName).toBe('Kazan'); // no Russian name stored: English
  });

  it('looks the request up through what the actor sees, and for a contractor only its own work orders', async () => {
    const { db, findFirst } = fakeDb();
    await workOrderPdf({ db, clock }, actor('CONTRACTOR'), { requestId, publicUrl: 'http://x' });
    const where = (findFirst.mock.calls[0]![0] as { where: { AND: unknown[] } }).where;
    // Only repair requests have work orders: an e-service application on the same table never prints one.
    expect(where.AND).toEqual([
      { id: requestId, kind: 'REPAIR' },
      { contractorOrganizationId: orgId },
      { workOrder: { contractorOrganizationId: orgId } },
    ]);
  });

  it('refuses residents, staff without an organization and ids that are no UUID without asking the database', async () => {
    const { db, findFirst } = fakeDb();
    const attempts: [Actor, string][] = [
      [actor('RESIDENT', null), requestId],
      [actor('CONTRACTOR', null), requestId],
      [actor('DISPATCHER'), 'not-a-uuid'],
    ];
    for (const [who, id] of attempts)
      await expect(
        workOrderPdf({ db, clock }, who, { requestId: id, publicUrl: 'http://x' }),
      ).rejects.toEqual(new AppError('NOT_FOUND'));
    expect(findFirst).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND when the request is not visible or has no work order', async () => {
    for (const found of [null, { ...row, workOrder: null }]) {
      const { db } = fakeDb(found);
      await expect(
        workOrderPdf({ db, clock }, actor('ADMINISTRATOR'), { requestId, publicUrl: 'http://x' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(rendered).toHaveLength(0);
  });
});
