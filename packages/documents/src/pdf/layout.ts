// What every printed document shares: the writer set up for the reader's language, the palette, a cursor
// that turns the page, the shaded key-value table and the page footers.
import { formatNumber, isRtl, localeTag, type Locale } from '@citydesk/i18n';
import { PdfWriter, type TextStyle } from './writer.ts';

export const MARGIN = 42;

export const palette = {
  ink: '#111827',
  muted: '#4b5563',
  faint: '#6b7280',
  border: '#c7ccd4',
  shade: '#f1f3f6',
};

/** An A4 writer for the language: Persian right to left with its fonts and more leading. */
export function documentWriter(locale: Locale, info: PDFKit.DocumentInfo): PdfWriter {
  const rtl = isRtl(locale);
  return new PdfWriter({
    direction: rtl ? 'rtl' : 'ltr',
    script: rtl ? 'arabic' : 'latin-cyrillic',
    lang: localeTag(locale),
    leading: rtl ? 1.6 : 1.4,
    margin: MARGIN,
    info,
  });
}

/** A cursor down the page that starts a new page (with a short heading) when the next block does not fit. */
export class Flow {
  constructor(
    readonly w: PdfWriter,
    public y: number,
    private readonly continuation: () => number,
  ) {}

  /** Makes room for `height` points, turning the page if needed. */
  ensure(height: number): void {
    if (this.y + height > this.w.bottom) this.newPage();
  }

  newPage(): void {
    this.w.addPage();
    this.y = this.continuation();
  }
}

export interface TableRow {
  label: string;
  value: string;
  strong?: boolean;
}

export interface TableLayout {
  labelColumn: number;
  padX: number;
  padY: number;
  style: { label: TextStyle; value: TextStyle; strong: TextStyle };
}

/** A key-value table: a shaded label column and the values, each row as tall as its longer side. */
export function drawTable(flow: Flow, rows: readonly TableRow[], layout: TableLayout): void {
  const { w } = flow;
  const { labelColumn, padX, padY, style } = layout;
  const valueWidth = w.contentWidth - labelColumn;
  // One line height for both columns, so a label and its value share a baseline.
  const lineHeight = w.lineHeight(style.value);
  for (const row of rows) {
    const valueStyle = row.strong ? style.strong : style.value;
    const labelLines = w.wrap(row.label, labelColumn - 2 * padX, style.label);
    const valueLines = w.wrap(row.value, valueWidth - 2 * padX, valueStyle);
    const height = Math.max(labelLines.length, valueLines.length) * lineHeight + 2 * padY;
    flow.ensure(height);
    w.rect(0, flow.y, labelColumn, height, { fill: palette.shade, stroke: palette.border });
    w.rect(labelColumn, flow.y, valueWidth, height, { stroke: palette.border });
    let top = flow.y + padY;
    for (const line of labelLines)
      top += w.line(line, {
        start: padX,
        width: labelColumn - 2 * padX,
        top,
        style: style.label,
        lineHeight,
      });
    // Values are data: a Russian name in a Persian table keeps its own order.
    const textDirection = w.directionOf(row.value);
    top = flow.y + padY;
    for (const line of valueLines)
      top += w.line(line, {
        start: labelColumn + padX,
        width: valueWidth - 2 * padX,
        top,
        style: valueStyle,
        lineHeight,
        textDirection,
      });
    flow.y += height;
  }
}

const PAGE_LABEL_WIDTH = 90;

/** On every page: a rule, a note on the start side and "page N of M" on the end side. */
export function drawFooters(
  w: PdfWriter,
  locale: Locale,
  text: { note: string; page: (page: string, pages: string) => string },
  style: TextStyle,
): void {
  const { start, count } = w.doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    w.doc.switchToPage(i);
    const y = w.pageHeight - MARGIN + 4;
    w.rule(0, w.contentWidth, y - 4, { color: palette.border, thickness: 0.5 });
    w.line(text.note, { start: 0, width: w.contentWidth - PAGE_LABEL_WIDTH, top: y, style });
    const page = text.page(formatNumber(i - start + 1, locale), formatNumber(count, locale));
    w.line(page, {
      start: w.contentWidth - PAGE_LABEL_WIDTH,
      width: PAGE_LABEL_WIDTH,
      top: y,
      style,
      align: 'end',
    });
  }
}
