// The printed form of an issued document (a certificate, a receipt): who issued it, its title and number,
// whom it was issued to and for which service, the facts it certifies, and a verification block with a
// QR code of the public verification page and the code to enter there. A4, one page unless the facts are
// very many. Issued electronically: no signature or stamp.
import { formatDate, formatMoney, formatNumber, isRtl, localeTag, type Locale } from '@citydesk/i18n';
import { drawQrCode } from '../pdf/qr.ts';
import { PdfWriter, type TextStyle } from '../pdf/writer.ts';
import { fill } from '../work-order/labels.ts';
import { formatVerificationCode, type FactValue } from '@citydesk/domain';
import type { CertificateDocument } from './certificate-document.ts';
import { certificateLabels, type CertificateLabels } from './labels.ts';

const MARGIN = 42;
const GAP = 16;
const LABEL_COLUMN = 170;
const CELL_PAD_X = 8;
const CELL_PAD_Y = 5;
const QR_SIZE = 108;
const VERIFY_PAD = 12;

const ink = '#111827';
const muted = '#4b5563';
const faint = '#6b7280';
const border = '#c7ccd4';
const shade = '#f1f3f6';

const style = {
  kicker: { size: 9, color: muted },
  issuer: { size: 12, weight: 'bold', color: ink },
  title: { size: 20, weight: 'bold', color: ink },
  number: { size: 13, weight: 'bold', color: ink },
  meta: { size: 9.5, color: muted },
  label: { size: 9.5, color: muted },
  value: { size: 10, color: ink },
  strong: { size: 10, weight: 'bold', color: ink },
  heading: { size: 10.5, weight: 'bold', color: ink },
  code: { size: 15, weight: 'bold', color: ink },
  caption: { size: 8.5, color: muted },
  small: { size: 7.5, color: faint },
} satisfies Record<string, TextStyle>;

/** Renders the issued document in the reader's language (Persian right to left, with its calendar and digits). */
export async function renderCertificatePdf(doc: CertificateDocument, locale: Locale): Promise<Buffer> {
  const labels = certificateLabels[locale];
  const rtl = isRtl(locale);
  const title = doc.payload.title[locale];
  const w = new PdfWriter({
    direction: rtl ? 'rtl' : 'ltr',
    script: rtl ? 'arabic' : 'latin-cyrillic',
    lang: localeTag(locale),
    leading: rtl ? 1.6 : 1.4,
    margin: MARGIN,
    info: {
      Title: `${title} ${doc.number}`,
      Subject: doc.payload.serviceName[locale],
      Author: doc.payload.issuerName,
      Creator: 'citydesk',
      CreationDate: doc.issuedAt,
      ModDate: doc.issuedAt,
    },
  });

  const flow = new Flow(w, drawHeader(w, doc, labels, locale), () =>
    drawContinuationHeader(w, doc, labels, title),
  );
  drawTable(flow, [
    { label: labels.applicant, value: doc.payload.applicantName, strong: true },
    { label: labels.service, value: doc.payload.serviceName[locale] },
    { label: labels.requestNumber, value: doc.payload.requestNumber },
  ]);
  if (doc.payload.facts.length > 0) {
    drawHeading(flow, labels.details);
    drawTable(
      flow,
      doc.payload.facts.map((fact) => ({
        label: fact.label[locale],
        value: formatValue(fact.value, locale),
      })),
    );
  }
  drawVerification(flow, doc, labels);
  drawFooters(w, labels, locale);
  return w.finish();
}

/** A fact's value in the reader's language: digits, calendar and currency sign. */
export function formatValue(value: FactValue, locale: Locale): string {
  if ('text' in value) return value.text;
  if ('localized' in value) return value.localized[locale];
  if ('date' in value) return formatLocalDate(value.date, locale);
  if ('number' in value) return formatNumber(value.number, locale);
  return formatMoney(value.money.amount, value.money.currency, locale);
}

/** A local date `YYYY-MM-DD` (no time, no zone) in the reader's calendar; anything else as given. */
function formatLocalDate(date: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return formatDate(new Date(Date.UTC(year, month - 1, day)), locale, { timeZone: 'UTC' });
}

/** A cursor down the page that starts a new page (with a short heading) when the next block does not fit. */
class Flow {
  constructor(
    readonly w: PdfWriter,
    public y: number,
    private readonly continuation: () => number,
  ) {}

  ensure(height: number): void {
    if (this.y + height > this.w.bottom) {
      this.w.addPage();
      this.y = this.continuation();
    }
  }
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

function drawHeading(flow: Flow, text: string): void {
  const { w } = flow;
  const height = w.lineHeight(style.heading);
  flow.y += 14;
  // Keep the heading with the first row under it.
  flow.ensure(height + 4 + w.lineHeight(style.value) + 2 * CELL_PAD_Y);
  flow.y += w.line(text, { start: 0, width: w.contentWidth, top: flow.y, style: style.heading }) + 4;
}

interface Row {
  label: string;
  value: string;
  strong?: boolean;
}

/** A key-value table: a shaded label column and the values, each row as tall as its longer side. */
function drawTable(flow: Flow, rows: Row[]): void {
  const { w } = flow;
  const valueWidth = w.contentWidth - LABEL_COLUMN;
  // One line height for both columns, so a label and its value share a baseline.
  const lineHeight = w.lineHeight(style.value);
  for (const row of rows) {
    const valueStyle = row.strong ? style.strong : style.value;
    const labelLines = w.wrap(row.label, LABEL_COLUMN - 2 * CELL_PAD_X, style.label);
    const valueLines = w.wrap(row.value, valueWidth - 2 * CELL_PAD_X, valueStyle);
    const height = Math.max(labelLines.length, valueLines.length) * lineHeight + 2 * CELL_PAD_Y;
    flow.ensure(height);
    w.rect(0, flow.y, LABEL_COLUMN, height, { fill: shade, stroke: border });
    w.rect(LABEL_COLUMN, flow.y, valueWidth, height, { stroke: border });
    let top = flow.y + CELL_PAD_Y;
    for (const line of labelLines)
      top += w.line(line, {
        start: CELL_PAD_X,
        width: LABEL_COLUMN - 2 * CELL_PAD_X,
        top,
        style: style.label,
        lineHeight,
      });
    // Values are data: a Russian name in a Persian table keeps its own order.
    const textDirection = w.directionOf(row.value);
    top = flow.y + CELL_PAD_Y;
    for (const line of valueLines)
      top += w.line(line, {
        start: LABEL_COLUMN + CELL_PAD_X,
        width: valueWidth - 2 * CELL_PAD_X,
        top,
        style: valueStyle,
        lineHeight,
        textDirection,
      });
    flow.y += height;
  }
}

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

/** On every page: the document was issued electronically, and the page number. */
function drawFooters(w: PdfWriter, labels: CertificateLabels, locale: Locale): void {
  const { start, count } = w.doc.bufferedPageRange();
  const pageWidth = 90;
  for (let i = start; i < start + count; i++) {
    w.doc.switchToPage(i);
    const y = w.pageHeight - MARGIN + 4;
    w.rule(0, w.contentWidth, y - 4, { color: border, thickness: 0.5 });
    w.line(labels.electronic, {
      start: 0,
      width: w.contentWidth - pageWidth,
      top: y,
      style: style.small,
    });
    const page = fill(labels.page, {
      page: formatNumber(i - start + 1, locale),
      pages: formatNumber(count, locale),
    });
    w.line(page, {
      start: w.contentWidth - pageWidth,
      width: pageWidth,
      top: y,
      style: style.small,
      align: 'end',
    });
  }
}
