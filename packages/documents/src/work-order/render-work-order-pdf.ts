// The printed work order a contractor takes to the job: title and numbers, a QR code that opens the
// request, a table of facts, the resident's description, room to write what was done, and signature
// boxes for the resident and the worker. A4, one page unless the description is very long.
import { formatDateTime, localeTag, type Locale } from '@citydesk/i18n';
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
import { fill, isolate, workOrderLabels, type WorkOrderLabels } from './labels.ts';
import type { WorkOrderDocument } from './work-order-document.ts';

const GAP = 16;
const QR_SIZE = 96;
const QR_COLUMN = 116;
const LABEL_COLUMN = 150;
const CELL_PAD_X = 7;
const CELL_PAD_Y = 4;
const HEADING_SPACE = 14;
const SIGNATURES_GAP = 18;
const SIGNATURES_SPACE = SIGNATURES_GAP + 128;

const { ink, muted, faint, border } = palette;

const style = {
  kicker: { size: 8.5, color: muted },
  title: { size: 21, weight: 'bold', color: ink },
  subtitle: { size: 10.5, color: muted },
  number: { size: 14, weight: 'bold', color: ink },
  meta: { size: 9, color: muted },
  badge: { size: 8.5, weight: 'bold', color: '#ffffff' },
  caption: { size: 7.5, color: faint },
  label: { size: 9.5, color: muted },
  value: { size: 10, color: ink },
  strong: { size: 10, weight: 'bold', color: ink },
  heading: { size: 10.5, weight: 'bold', color: ink },
  body: { size: 10, color: ink },
  small: { size: 7.5, color: faint },
} satisfies Record<string, TextStyle>;

/** Renders the work order in the reader's language (Persian right to left, with its calendar and digits). */
export async function renderWorkOrderPdf(data: WorkOrderDocument, locale: Locale): Promise<Buffer> {
  const labels = workOrderLabels[locale];
  const w = documentWriter(locale, {
    Title: `${labels.title} ${data.workOrderNumber}`,
    Subject: data.requestNumber,
    Author: 'citydesk',
    Creator: 'citydesk',
    CreationDate: data.printedAt,
    ModDate: data.printedAt,
  });
  const date = (value: Date) => formatDateTime(value, locale, { timeZone: data.timeZone });

  const top = drawHeader(w, data, labels, locale, date);
  const flow = new Flow(w, top, () => drawContinuationHeader(w, data, labels));
  drawTable(flow, factsOf(data, labels, date), {
    labelColumn: LABEL_COLUMN,
    padX: CELL_PAD_X,
    padY: CELL_PAD_Y,
    style,
  });
  drawTextBox(flow, labels.description, data.description);
  drawWritingBox(flow, labels.workPerformed);
  drawSignatures(flow, labels, data);
  drawFooters(
    w,
    locale,
    {
      note: fill(labels.printed, { date: date(data.printedAt) }),
      page: (page, pages) => fill(labels.page, { page, pages }),
    },
    style.small,
  );
  return w.finish();
}

function drawHeader(
  w: PdfWriter,
  data: WorkOrderDocument,
  labels: WorkOrderLabels,
  locale: Locale,
  date: (value: Date) => string,
): number {
  const width = w.contentWidth - QR_COLUMN - GAP;
  let y = MARGIN;
  const kicker = [data.cityName, data.managementCompany]
    .filter((part): part is string => Boolean(part))
    .map(isolate)
    .join(' · ');
  y += w.line(kicker, { start: 0, width, top: y, style: style.kicker });
  y += 4;
  const title = locale === 'fa' ? labels.title : labels.title.toLocaleUpperCase(localeTag(locale));
  y += w.line(title, { start: 0, width, top: y, style: style.title });
  y += w.line(labels.subtitle, { start: 0, width, top: y, style: style.subtitle });
  y += 6;
  y += w.line(fill(labels.number, { number: data.workOrderNumber }), {
    start: 0,
    width,
    top: y,
    style: style.number,
  });
  y += w.line(fill(labels.issuedAt, { date: date(data.issuedAt) }), {
    start: 0,
    width,
    top: y,
    style: style.meta,
  });
  if (data.priority !== 'NORMAL') {
    y += 4;
    const text = data.priority === 'EMERGENCY' ? labels.priorityEmergency : labels.priorityHigh;
    const badgeWidth = w.measure(text, style.badge) + 14;
    const height = w.lineHeight(style.badge) + 2;
    w.rect(0, y, badgeWidth, height, {
      fill: data.priority === 'EMERGENCY' ? '#b91c1c' : '#b45309',
      radius: 3,
    });
    w.line(text, { start: 0, width: badgeWidth, top: y + 1, style: style.badge, align: 'center' });
    y += height;
  }

  // The QR code in the end corner, with its caption and the address it encodes underneath.
  const qrStart = w.contentWidth - QR_COLUMN;
  const qrLeft = w.x(qrStart + (QR_COLUMN - QR_SIZE) / 2, QR_SIZE);
  drawQrCode(w.doc, data.requestUrl, { x: qrLeft, y: MARGIN - 6, size: QR_SIZE });
  let qrY = MARGIN - 6 + QR_SIZE;
  qrY += w.paragraph(labels.qrCaption, {
    start: qrStart,
    width: QR_COLUMN,
    top: qrY,
    style: style.caption,
    align: 'center',
  });

  y = Math.max(y, qrY) + 10;
  w.rule(0, w.contentWidth, y, { color: ink, thickness: 1.4 });
  return y + 14;
}

function drawContinuationHeader(w: PdfWriter, data: WorkOrderDocument, labels: WorkOrderLabels): number {
  let y = MARGIN;
  y += w.line(fill(labels.continued, { number: data.workOrderNumber }), {
    start: 0,
    width: w.contentWidth,
    top: y,
    style: style.heading,
  });
  w.rule(0, w.contentWidth, y + 4, { color: ink, thickness: 1 });
  return y + 16;
}

function factsOf(
  data: WorkOrderDocument,
  labels: WorkOrderLabels,
  date: (value: Date) => string,
): TableRow[] {
  const { street, house, place } = data.address;
  const parts = [fill(labels.addressLine, { street, house })];
  if (place?.kind === 'commonArea') parts.push(fill(labels.commonArea, { name: place.name }));
  else if (place) parts.push(fill(labels[place.kind], { number: place.number }));
  const comma = labels.addressLine.includes('،') ? '، ' : ', ';
  const facts: (TableRow | null)[] = [
    { label: labels.requestNumber, value: data.requestNumber, strong: true },
    { label: labels.workOrderNumber, value: data.workOrderNumber },
    { label: labels.address, value: parts.join(comma), strong: true },
    { label: labels.resident, value: data.resident.name },
    { label: labels.phone, value: data.resident.phone },
    { label: labels.category, value: data.category },
    { label: labels.deadline, value: date(data.deadlineAt), strong: true },
    { label: labels.contractor, value: data.contractor },
    data.worker ? { label: labels.worker, value: data.worker } : null,
    data.managementCompany ? { label: labels.managementCompany, value: data.managementCompany } : null,
  ];
  return facts.filter((f): f is TableRow => f !== null);
}

function drawHeading(flow: Flow, text: string, keepWith: number): void {
  const { w } = flow;
  const height = w.lineHeight(style.heading);
  flow.y += HEADING_SPACE;
  flow.ensure(height + 4 + keepWith);
  flow.y += w.line(text, { start: 0, width: w.contentWidth, top: flow.y, style: style.heading }) + 4;
}

/** A heading and a framed block of text that may run on over several pages. */
function drawTextBox(flow: Flow, heading: string, text: string): void {
  const { w } = flow;
  const pad = 8;
  const lineHeight = w.lineHeight(style.body);
  const lines = w.wrap(text, w.contentWidth - 2 * pad, style.body);
  const textDirection = w.directionOf(text);
  drawHeading(flow, heading, Math.min(lines.length, 2) * lineHeight + 2 * pad);
  let frameTop = flow.y;
  flow.y += pad;
  for (const line of lines) {
    if (flow.y + lineHeight + pad > w.bottom) {
      w.rect(0, frameTop, w.contentWidth, flow.y + pad - frameTop, { stroke: border });
      flow.newPage();
      frameTop = flow.y;
      flow.y += pad;
    }
    flow.y += w.line(line, {
      start: pad,
      width: w.contentWidth - 2 * pad,
      top: flow.y,
      style: style.body,
      textDirection,
    });
  }
  flow.y += pad;
  w.rect(0, frameTop, w.contentWidth, flow.y - frameTop, { stroke: border });
}

/**
 * A heading and a frame of ruled lines to write on by hand: four, or as few as two when that keeps
 * the signature boxes on the same page.
 */
function drawWritingBox(flow: Flow, heading: string): void {
  const { w } = flow;
  const step = 22;
  const room = w.bottom - flow.y - HEADING_SPACE - w.lineHeight(style.heading) - SIGNATURES_SPACE - 6;
  const fitting = Math.floor(room / step);
  const lines = fitting >= 2 ? Math.min(fitting, 4) : 4;
  const height = lines * step + 6;
  drawHeading(flow, heading, height);
  w.rect(0, flow.y, w.contentWidth, height, { stroke: border });
  for (let i = 1; i <= lines; i++)
    w.rule(10, w.contentWidth - 20, flow.y + i * step, { color: '#d5d9df', thickness: 0.5 });
  flow.y += height;
}

/** Two boxes side by side: the resident accepts the work, the worker signs for doing it. */
function drawSignatures(flow: Flow, labels: WorkOrderLabels, data: WorkOrderDocument): void {
  const { w } = flow;
  const boxWidth = (w.contentWidth - GAP) / 2;
  const height = SIGNATURES_SPACE - SIGNATURES_GAP;
  flow.y += SIGNATURES_GAP;
  flow.ensure(height);
  const boxes = [
    { start: 0, title: labels.residentSignature, name: data.resident.name },
    { start: boxWidth + GAP, title: labels.workerSignature, name: data.worker ?? '' },
  ];
  for (const box of boxes) {
    const pad = 10;
    const inner = boxWidth - 2 * pad;
    const top = flow.y;
    w.rect(box.start, top, boxWidth, height, { stroke: ink, thickness: 0.8 });
    w.line(box.title, { start: box.start + pad, width: inner, top: top + 8, style: style.strong });
    // Name (printed when known), then signature and date side by side, each on a line with a caption.
    const field = (start: number, width: number, lineY: number, caption: string, value = '') => {
      if (value)
        w.line(value, {
          start,
          width,
          top: lineY - w.lineHeight(style.body) - 1,
          style: style.body,
          isolate: true,
        });
      w.rule(start, width, lineY, { color: muted, thickness: 0.6 });
      w.line(caption, { start, width, top: lineY + 1, style: style.caption, align: 'center' });
    };
    field(box.start + pad, inner, top + 62, labels.fullName, box.name);
    const signatureWidth = inner * 0.58;
    field(box.start + pad, signatureWidth, top + 104, labels.signature);
    field(box.start + pad + signatureWidth + 12, inner - signatureWidth - 12, top + 104, labels.date);
  }
  flow.y += height;
}
