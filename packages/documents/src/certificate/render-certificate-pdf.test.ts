// Reads each rendered certificate back like a person would: its text through pdf.js, and its QR code from
// the page drawn to pixels and decoded with jsQR. One render per language, shared by its tests.
import { locales, type Locale } from '@citydesk/i18n';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeQrCode, readPdfText } from '../testing/read-pdf.ts';
import type { CertificateDocument } from './certificate-document.ts';
import { certificateLabels } from './labels.ts';
import { formatValue, renderCertificatePdf } from './render-certificate-pdf.ts';

const verifyUrl = 'https://city.example/verify/ABCDE12345';

type Localized = Record<Locale, string>;
const text = (en: string, ru: string, az: string, fa: string, kk: string): Localized => ({
  en,
  ru,
  az,
  fa,
  kk,
});

function certificate(overrides: Partial<CertificateDocument> = {}): CertificateDocument {
  return {
    payload: {
      title: text(
        'Certificate of no housing and utility debt',
        'Справка об отсутствии задолженности по оплате жилищно-коммунальных услуг',
        'Mənzil-kommunal xidmətləri üzrə borcun olmaması haqqında arayış',
        'گواهی عدم بدهی قبوض مسکن و خدمات شهری',
        'Тұрғын үй-коммуналдық қызметтер бойынша берешектің жоқтығы туралы анықтама',
      ),
      serviceName: text(
        'No-debt certificate',
        'Выдача справки об отсутствии задолженности',
        'Borcun olmaması haqqında arayışın verilməsi',
        'صدور گواهی عدم بدهی',
        'Берешектің жоқтығы туралы анықтама беру',
      ),
      applicantName: 'Анна Петрова',
      requestNumber: 'KZN-2026-000123',
      issuerName: 'МКУ «Центр городских услуг»',
      facts: [
        {
          label: text('Account number', 'Лицевой счёт', 'Şəxsi hesab', 'شماره حساب', 'Дербес шот'),
          value: { text: '4401-778-12' },
        },
        {
          label: text('Outstanding debt', 'Задолженность', 'Borc', 'بدهی معوق', 'Берешек'),
          value: { localized: text('None', 'Отсутствует', 'Yoxdur', 'ندارد', 'Жоқ') },
        },
        {
          label: text(
            'Checked as of',
            'Проверено на дату',
            'Yoxlama tarixi',
            'تاریخ بررسی',
            'Тексерілген күні',
          ),
          value: { date: '2026-11-20' },
        },
        {
          label: text(
            'Total area, m²',
            'Общая площадь, м²',
            'Ümumi sahə, m²',
            'مساحت کل، متر مربع',
            'Жалпы ауданы, м²',
          ),
          value: { number: 1254.5 },
        },
        {
          label: text(
            'Paid in 2026',
            'Оплачено в 2026 году',
            '2026-cı ildə ödənilib',
            'پرداختی سال ۲۰۲۶',
            '2026 жылы төленді',
          ),
          value: { money: { amount: 1234550, currency: 'RUB' } },
        },
      ],
      statements: [],
    },
    number: 'KZN-2026-000123-1',
    verificationCode: 'ABCDE12345',
    verifyUrl,
    // 01:30 on 25 November in Kazan (Moscow time), still the 24th in UTC.
    issuedAt: new Date('2026-11-24T22:30:00Z'),
    timeZone: 'Europe/Moscow',
    cityName: 'Казань',
    ...overrides,
  };
}

const cityNames = text('Kazan', 'Казань', 'Kazan', 'کازان', 'Қазан');

/** All text of a PDF, with runs of whitespace (no-break spaces included) collapsed. */
async function textOf(pdf: Buffer): Promise<string> {
  return (await readPdfText(pdf)).join('\n').replace(/\s+/g, ' ');
}

describe.each(locales)('renderCertificatePdf in %s', (locale) => {
  const doc = certificate({ cityName: cityNames[locale] });
  let pdf: Buffer;
  let content: string;
  beforeAll(async () => {
    pdf = await renderCertificatePdf(doc, locale);
    content = await textOf(pdf);
  });

  it('prints the number, the formatted verification code and the verification page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(content).toContain('KZN-2026-000123-1');
    expect(content).toContain('ABCDE-12345');
    expect(content).toContain(verifyUrl);
    expect(content).toContain('KZN-2026-000123');
  });

  it('prints a QR code that decodes to the exact verification URL', async () => {
    expect(await decodeQrCode(pdf)).toBe(verifyUrl);
  });

  it('prints the labels, the title and a fact of every kind in the language', () => {
    const labels = certificateLabels[locale];
    for (const label of [labels.applicant, labels.requestNumber, labels.service])
      expect(content).toContain(label);
    if (locale !== 'fa') {
      // Persian is checked word by word below: pdf.js reads the lam-alef ligature (لا) back as "ال".
      expect(content).toContain(labels.verification);
      expect(content).toContain(labels.verificationCode);
      expect(content).toContain(doc.payload.title[locale]);
      expect(content).toContain(labels.electronic);
      for (const fact of doc.payload.facts) {
        expect(content).toContain(fact.label[locale]);
        expect(content).toContain(formatValue(fact.value, locale).replace(/\s+/g, ' '));
      }
    }
  });

  it('tags the document with its language', () => {
    const tag = { az: 'az-Latn-AZ', fa: 'fa-IR', ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' }[locale];
    expect(pdf.toString('latin1')).toContain(`/Lang (${tag})`);
  });
});

describe('values in the reader’s language', () => {
  it('formats each kind of fact for Russian', () => {
    const [account, debt, checked, area, paid] = certificate().payload.facts.map((f) =>
      formatValue(f.value, 'ru').replace(/\s/g, ' '),
    );
    expect([account, debt, checked, area, paid]).toEqual([
      '4401-778-12',
      'Отсутствует',
      '20 нояб. 2026 г.',
      '1 254,5',
      '12 345,50 ₽',
    ]);
  });

  it('formats each kind of fact for Persian, in the Solar Hijri calendar and Persian digits', () => {
    const [account, debt, checked, area, paid] = certificate().payload.facts.map((f) =>
      formatValue(f.value, 'fa'),
    );
    expect(account).toBe('4401-778-12');
    expect(debt).toBe('ندارد');
    // 20 November 2026 is 29 Aban 1405, whatever the host's time zone.
    expect(checked).toBe('۲۹ آبان ۱۴۰۵');
    expect(area).toBe('۱٬۲۵۴٫۵');
    expect(paid).toContain('۱۲٬۳۴۵٫۵۰');
  });

  it('prints the Persian document right to left with Persian digits and the Solar Hijri issue date', async () => {
    const content = await textOf(await renderCertificatePdf(certificate({ cityName: 'کازان' }), 'fa'));
    expect(content).toContain('گواهی عدم بدهی');
    expect(content).toContain('متقاضی');
    expect(content).toContain('به امضا و مهر نیاز ندارد');
    expect(content).toContain('شماره درخواست');
    // Issued 25 November in Kazan: 4 Azar 1405.
    expect(content).toContain('آذر');
    expect(content).toContain('۱۴۰۵');
    expect(content).not.toContain('2026-11');
    // The facts: the localized word, the date, the number and the amount in Persian digits.
    expect(content).toContain('ندارد');
    expect(content).toContain('آبان');
    expect(content).toMatch(/۱٬۲۵۴٫۵|۵٫۴۵۲٬۱/);
    expect(content).toContain('RUB');
  });

  it('dates the document in the city’s time zone', async () => {
    const content = await textOf(await renderCertificatePdf(certificate(), 'ru'));
    expect(content).toContain('Дата выдачи: 25 нояб. 2026 г.');
  });
});

describe('what the document asserts, in words', () => {
  const statement = text(
    'There is no outstanding debt on account 100000000001 as of 20 Nov 2026.',
    'Задолженность по лицевому счёту 100000000001 по состоянию на 20 нояб. 2026 г. отсутствует.',
    '100000000001 hesabı üzrə 20 noy 2026 tarixinə borc yoxdur.',
    'اشتراک 100000000001 تا ۲۹ آبان ۱۴۰۵ هیچ بدهی ندارد.',
    '100000000001 дербес шоты бойынша берешек жоқ.',
  );
  const asserting = (officialLocale: Locale) => {
    const base = certificate();
    return certificate({ payload: { ...base.payload, statements: [statement], officialLocale } });
  };

  it('states it once when the reader reads the official language', async () => {
    const content = await textOf(await renderCertificatePdf(asserting('ru'), 'ru'));
    expect(content).toContain(statement.ru);
    expect(content.split('отсутствует.').length - 1).toBe(1);
  });

  it('states it in the reader’s language and again in the official one', async () => {
    const content = await textOf(await renderCertificatePdf(asserting('ru'), 'en'));
    expect(content).toContain(statement.en);
    expect(content).toContain(statement.ru);
    const kk = await textOf(await renderCertificatePdf(asserting('ru'), 'kk'));
    expect(kk).toContain(statement.kk);
    expect(kk).toContain(statement.ru);
  });
});

describe('layout', () => {
  it('runs many facts over to a second page, with the verification block on the last', async () => {
    const facts = Array.from({ length: 40 }, (_, i) => ({
      label: text(`Item ${i + 1}`, `Пункт ${i + 1}`, `Bənd ${i + 1}`, `بند ${i + 1}`, `Тармақ ${i + 1}`),
      value: { number: i + 1 },
    }));
    const base = certificate();
    const pdf = await renderCertificatePdf(certificate({ payload: { ...base.payload, facts } }), 'ru');
    const pages = await readPdfText(pdf);
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('(продолжение)');
    expect(pages[1]).toContain('Страница 2 из 2');
    expect(pages[1]).toContain('ABCDE-12345');
    expect(await decodeQrCode(pdf, 2)).toBe(verifyUrl);
  });
});
