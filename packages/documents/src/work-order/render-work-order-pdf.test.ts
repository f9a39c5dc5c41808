// Reads each rendered work order back like a person would: its text through pdf.js, and its QR code
// from the page drawn to pixels and decoded with jsQR.
import type { Locale } from '@citydesk/i18n';
import { describe, expect, it } from 'vitest';
import { decodeQrCode, readPdfText } from '../testing/read-pdf.ts';
import { workOrderLabels } from './labels.ts';
import { renderWorkOrderPdf } from './render-work-order-pdf.ts';
import type { WorkOrderDocument } from './work-order-document.ts';

const requestUrl = 'http://localhost:4000/requests/6f1c2a9e-2b7d-4c1e-9a55-0c7e3b1d2f48';

function workOrder(overrides: Partial<WorkOrderDocument> = {}): WorkOrderDocument {
  return {
    requestNumber: 'KZN-2026-000123',
    workOrderNumber: 'KZN-2026-000123-WO',
    requestUrl,
    priority: 'NORMAL',
    issuedAt: new Date('2026-11-25T08:10:00Z'),
    deadlineAt: new Date('2026-11-26T15:00:00Z'),
    printedAt: new Date('2026-11-25T09:00:00Z'),
    timeZone: 'Europe/Moscow',
    cityName: 'Казань',
    managementCompany: 'УК Жилсервис Вахитовский',
    contractor: 'ООО «КровляСтрой»',
    worker: 'Ильдар Сафин',
    address: { street: 'ул. Баумана', house: '7', place: { kind: 'apartment', number: '12' } },
    resident: { name: 'Анна Петрова', phone: '+7 (917) 555-12-34' },
    category: 'Протечка кровли',
    description: 'С потолка в ванной капает вода после дождя, на потолке мокрое пятно около 40 см.',
    ...overrides,
  };
}

const persianWorkOrder = workOrder({
  cityName: 'کازان',
  category: 'نشت آب از بام',
  description: 'از سقف حمام بعد از باران آب می‌چکد و لکهٔ خیس روی سقف است.',
  address: { street: 'ул. Баумана', house: '7', place: { kind: 'commonArea', name: 'حیاط' } },
});

/** All text of a PDF, with runs of whitespace collapsed. */
async function textOf(pdf: Buffer): Promise<string> {
  return (await readPdfText(pdf)).join('\n').replace(/\s+/g, ' ');
}

describe('renderWorkOrderPdf in Russian', () => {
  it('prints the numbers, the facts and the signature boxes in Russian, with Moscow time', async () => {
    const pdf = await renderWorkOrderPdf(workOrder(), 'ru');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    expect(text).toContain('KZN-2026-000123');
    expect(text).toContain('KZN-2026-000123-WO');
    expect(text).toContain('НАРЯД-ЗАКАЗ');
    expect(text).toContain('ул. Баумана, д. 7, кв. 12');
    expect(text).toContain('+7 (917) 555-12-34');
    // 15:00 UTC is 18:00 in Moscow.
    expect(text).toContain('26 нояб. 2026 г., 18:00');
    expect(text).toContain('Работу принял (заявитель)');
    expect(text).toContain('Страница 1 из 1');
  });

  it('prints a QR code that decodes to the exact request URL', async () => {
    const pdf = await renderWorkOrderPdf(workOrder(), 'ru');
    expect(await decodeQrCode(pdf)).toBe(requestUrl);
  });
});

describe('renderWorkOrderPdf in Persian', () => {
  it('prints the Persian title, the numbers and a Solar Hijri deadline in Persian digits', async () => {
    const pdf = await renderWorkOrderPdf(persianWorkOrder, 'fa');
    const text = await textOf(pdf);
    // pdf.js puts the right-to-left runs back into reading order.
    expect(text).toContain('دستور کار');
    expect(text).toContain('برای انجام تعمیرات');
    expect(text).toContain('شماره درخواست');
    expect(text).toContain('KZN-2026-000123');
    expect(text).toContain('KZN-2026-000123-WO');
    expect(text).toContain('ул. Баумана');
    expect(text).toContain('+7 (917) 555-12-34');
    // 26 Nov 2026 is 5 Azar 1405; 18:00 in Moscow.
    expect(text).toContain('آذر');
    expect(text).toContain('۱۴۰۵');
    expect(text).toContain('۱۸:۰۰');
  });

  it('prints a QR code that decodes to the exact request URL', async () => {
    const pdf = await renderWorkOrderPdf(persianWorkOrder, 'fa');
    expect(await decodeQrCode(pdf)).toBe(requestUrl);
  });

  it('tags the document as Persian', async () => {
    const pdf = await renderWorkOrderPdf(persianWorkOrder, 'fa');
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(fa-IR\)/);
  });
});

describe.each<[Locale, string]>([
  ['az', 'İŞ SİFARİŞİ'],
  ['kk', 'НАРЯД-ТАПСЫРЫС'],
  ['en', 'WORK ORDER'],
])('renderWorkOrderPdf in %s', (locale, title) => {
  it('prints the title, both numbers and a readable QR code', async () => {
    const pdf = await renderWorkOrderPdf(workOrder(), locale);
    const text = await textOf(pdf);
    expect(text).toContain(title);
    expect(text).toContain('KZN-2026-000123-WO');
    expect(text).toContain(workOrderLabels[locale].requestNumber);
    expect(await decodeQrCode(pdf)).toBe(requestUrl);
  });
});

describe('layout', () => {
  it('runs a long description over to a second page and numbers the pages', async () => {
    const sentence = 'Вода протекает через перекрытие и стекает по стене в коридор квартиры. ';
    const pdf = await renderWorkOrderPdf(workOrder({ description: sentence.repeat(55) }), 'ru');
    const pages = await readPdfText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const last = pages.at(-1)!;
    expect(last).toContain('Наряд-заказ № KZN-2026-000123-WO (продолжение)');
    expect(last).toContain('Работу выполнил (мастер)');
    expect(last).toContain(`Страница ${pages.length} из ${pages.length}`);
  });

  it('flags an emergency', async () => {
    const text = await textOf(await renderWorkOrderPdf(workOrder({ priority: 'EMERGENCY' }), 'en'));
    expect(text).toContain('Emergency');
  });

  it('has every label in every language', () => {
    const keys = Object.keys(workOrderLabels.en).sort();
    for (const labels of Object.values(workOrderLabels)) {
      expect(Object.keys(labels).sort()).toEqual(keys);
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
  });
});
