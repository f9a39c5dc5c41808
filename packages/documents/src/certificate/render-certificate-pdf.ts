// The printed form of an issued document (a certificate, a receipt): who issued it, its title and number,
// whom it was issued to and for which service, the facts it certifies, and a verification block with a
// QR code of the public verification page and the code to enter there. A4, one page unless the facts are
// very many. Issued electronically: no signature or stamp.
import { formatDate, formatLocalDay, formatMoney, formatNumber, type Locale } from '@citydesk/i18n';
import {
  documentWriter,
  drawFooters,
  drawTable,
  Flow,
  MARGIN,
  palette,
  type TableRow,
} from '../pdf/layout.ts';
import { drawQrCode } from '../pdf/qr.ts';
import type { PdfWriter, TextStyle } from '../pdf/writer.ts';
import { fill } from '../work-order/labels.ts';
import { formatVerificationCode, type FactValue } from '@citydesk/domain';
import type { CertificateDocument } from './certificate-document.ts';
import { certificateLabels, type CertificateLabels } from './labels.ts';

const GAP = 16;
const LABEL_COLUMN = 170;
const CELL_PAD_X = 8;
const CELL_PAD_Y = 5;
const QR_SIZE = 108;
const VERIFY_PAD = 12;

const { ink, muted, faint, border } = palette;

const style = {
  kicker: { size: 9, color: muted },
  issuer: { size: 12, weight: 'bold', color: ink },
  title: { size: 20, weight: 'bold', color: ink },
  number: { size: 13, weight: 'bold', color: ink },
  meta: { size: 9.5, color: muted },
  label: { size: 9.5, color: muted },
  value: { size: 10, color: ink },
  strong: { size: 10, weight: 'bold', color: ink },
  statement: { size: 11, weight: 'bold', color: ink },
  heading: { size: 10.5, weight: 'bold', color: ink },
  code: { size: 15, weight: 'bold', color: ink },
  caption: { size: 8.5, color: muted },
  small: { size: 7.5, color: faint },
} satisfies Record<string, TextStyle>;

/** Renders the issued document in the reader's language (Persian right to left, with its calendar and digits). */
export async function renderCertificatePdf(doc: CertificateDocument, locale: Locale): Promise<Buffer> {
  const labels = certificateLabels[locale];
  const title = doc.payload.title[locale];
  const w = documentWriter(locale, {
    Title: `${title} ${doc.number}`,
    Subject: doc.payload.serviceName[locale],
    Author: doc.payload.issuerName,
    Creator: 'citydesk',
    CreationDate: doc.issuedAt,
    ModDate: doc.issuedAt,
  });

  const flow = new Flow(w, drawHeader(w, doc, labels, locale), () =>
    drawContinuationHeader(w, doc, labels, title),
  );
  table(flow, [
    { label: labels.applicant, value: doc.payload.applicantName, strong: true },
    { label: labels.service, value: doc.payload.serviceName[locale] },
    { label: labels.requestNumber, value: doc.payload.requestNumber },
  ]);
  drawStatements(flow, doc, locale);
  if (doc.payload.facts.length > 0) {
    drawHeading(flow, labels.details);
    table(
      flow,
      doc.payload.facts.map((fact) => ({
        label: fact.label[locale],
        value: formatValue(fact.value, locale),
      })),
    );
  }
  drawVerification(flow, doc, labels);
  drawFooters(
    w,
    locale,
    { note: labels.electronic, page: (page, pages) => fill(labels.page, { page, pages }) },
    style.small,
  );
  return w.finish();
}

/** A fact's value in the reader's language: digits, calendar and currency sign. */
export function formatValue(value: FactValue, locale: Locale): string {
  if ('text' in value) return value.text;
  if ('localized' in value) return value.localized[locale];
  if ('date' in value) return formatLocalDay(value.date, locale);
  if ('number' in value) return formatNumber(value.number, locale);
  return formatMoney(value.money.amount, value.money.currency, locale);
}

function drawHeader(
  w: PdfWriter,
  doc: CertificateDocument,
  labels: CertificateLabels,
  locale: Locale,
): number {
  const width = w.contentWidth;
  let y = MARGIN;
  y += w.paragraph(doc.cityName, { start: 0, width, top: y, style: style.kicker });
  y += w.paragraph(doc.payload.issuerName, { start: 0, width, top: y, style: style.issuer, isolate: true });
  y += 6;
  w.rule(0, width, y, { color: ink, thickness: 1.4 });
  y += 24;
  const centred = { start: 0, width, align: 'center' } as const;
  y += w.paragraph(doc.payload.title[locale], { ...centred, top: y, style: style.title });
  y += 6;
  y += w.line(fill(labels.number, { number: doc.number }), { ...centred, top: y, style: style.number });
  const issued = formatDate(doc.issuedAt, locale, { timeZone: doc.timeZone });
  y += w.line(fill(labels.issuedAt, { date: issued }), { ...centred, top: y, style: style.meta });
  return y + 20;
}

function drawContinuationHeader(
  w: PdfWriter,
  doc: CertificateDocument,
  labels: CertificateLabels,
  title: string,
): number {
  let y = MARGIN;
  y += w.paragraph(fill(labels.continued, { title, number: doc.number }), {
    start: 0,
    width: w.contentWidth,
    top: y,
    style: style.heading,
  });
  w.rule(0, w.contentWidth, y + 4, { color: ink, thickness: 1 });
  return y + 16;
}

/**
 * What the document asserts, in words: in the reader's language, and again in the issuer's official
 * language when that is another one (the text a notary of the issuing city reads).
 */
function drawStatements(flow: Flow, doc: CertificateDocument, locale: Locale): void {
  const { w } = flow;
  const official = doc.payload.officialLocale;
  for (const statement of doc.payload.statements) {
    const texts = [statement[locale], ...(official && official !== locale ? [statement[official]] : [])];
    flow.y += 12;
    for (const [i, text] of texts.entries()) {
      const textStyle = i === 0 ? style.statement : style.value;
      flow.ensure(w.textHeight(text, w.contentWidth, textStyle));
      flow.y += w.paragraph(text, {
        start: 0,
        width: w.contentWidth,
        top: flow.y,
        style: textStyle,
        isolate: i > 0,
      });
      flow.y += 4;
    }
  }
}

function drawHeading(flow: Flow, text: string): void {
  const { w } = flow;
  const height = w.lineHeight(style.heading);
  flow.y += 14;
  // Keep the heading with the first row under it.
  flow.ensure(height + 4 + w.lineHeight(style.value) + 2 * CELL_PAD_Y);
  flow.y += w.line(text, { start: 0, width: w.contentWidth, top: flow.y, style: style.heading }) + 4;
}

const tableLayout = { labelColumn: LABEL_COLUMN, padX: CELL_PAD_X, padY: CELL_PAD_Y, style };
const table = (flow: Flow, rows: TableRow[]) => drawTable(flow, rows, tableLayout);

/**
 * The framed verification block at the foot of the last page: the QR code of the verification page on
 * the start side; the heading, the code and how to check it beside it.
 */
function drawVerification(flow: Flow, doc: CertificateDocument, labels: CertificateLabels): void {
  const { w } = flow;
  const code = formatVerificationCode(doc.verificationCode);
  const textStart = VERIFY_PAD + QR_SIZE + GAP;
  const textWidth = w.contentWidth - textStart - VERIFY_PAD;
  const caption = fill(labels.verifyCaption, { url: doc.verifyUrl, code });
  const textHeight =
    w.lineHeight(style.heading) +
    6 +
    w.lineHeight(style.caption) +
    w.lineHeight(style.code) +
    6 +
    w.textHeight(caption, textWidth, style.caption);
  const height = Math.max(QR_SIZE, textHeight) + 2 * VERIFY_PAD;
  const space = 24;
  flow.ensure(space + height);
  const top = Math.max(flow.y + space, w.bottom - height);
  w.rect(0, top, w.contentWidth, height, { stroke: border, thickness: 0.8, radius: 4 });
  drawQrCode(w.doc, doc.verifyUrl, { x: w.x(VERIFY_PAD, QR_SIZE), y: top + VERIFY_PAD, size: QR_SIZE });
  const box = { start: textStart, width: textWidth };
  let y = top + VERIFY_PAD + Math.max(0, (QR_SIZE - textHeight) / 2);
  y += w.line(labels.verification, { ...box, top: y, style: style.heading }) + 6;
  y += w.line(labels.verificationCode, { ...box, top: y, style: style.caption });
  y += w.line(code, { ...box, top: y, style: style.code, isolate: true }) + 6;
  w.paragraph(caption, { ...box, top: y, style: style.caption });
  flow.y = top + height;
}
