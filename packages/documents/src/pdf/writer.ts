// A thin layer over PDFKit for documents that read in either direction. Positions are given from the
// START edge of the content area (the left margin in LTR, the right margin in RTL), so one layout
// mirrors itself for Persian; text goes through bidi reordering and per-script font fallback.
import PDFDocument from 'pdfkit';
import { fontStack, type FontFace, type FontWeight } from './fonts.ts';
import { firstStrongDirection, layoutLine, measureText, wrapText, type Direction } from './text-runs.ts';

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: string;
}

export type Align = 'start' | 'end' | 'center';

export interface TextBox {
  /** Distance from the start edge of the content area to the box's start side. */
  start: number;
  width: number;
  /** Top of the first line. */
  top: number;
  style: TextStyle;
  align?: Align;
  /** Overrides the style's line height, e.g. to share baselines with a neighbouring column. */
  lineHeight?: number;
  /**
   * Order the text by its own first strong letter rather than the document's direction (for data:
   * a Russian company name in a Persian table). It stays aligned to the document's start side.
   */
  isolate?: boolean;
  /** Resolved base direction of the text (set by `paragraph` for every line of an isolated text). */
  textDirection?: Direction;
}

export interface WriterOptions {
  direction: Direction;
  /** Which face leads the font stack. */
  script: 'latin-cyrillic' | 'arabic';
  /** BCP 47 tag of the document's language (PDF /Lang, for screen readers and search). */
  lang: string;
  /** Line height as a multiple of the font size (Persian wants more room than Latin). */
  leading: number;
  margin: number;
  info: PDFKit.DocumentInfo;
}

export const A4 = { width: 595.28, height: 841.89 };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly direction: Direction;
  readonly margin: number;
  /** Width of the content area between the margins. */
  readonly contentWidth: number;
  private readonly options: WriterOptions;
  private readonly registered = new Set<string>();

  constructor(options: WriterOptions) {
    this.options = options;
    this.direction = options.direction;
    this.margin = options.margin;
    this.contentWidth = A4.width - 2 * options.margin;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: options.margin,
      bufferPages: true,
      autoFirstPage: true,
      lang: options.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      info: options.info,
    });
  }

  get pageHeight(): number {
    return A4.height;
  }

  /** Lowest y content may reach before the footer. */
  get bottom(): number {
    return A4.height - this.margin - 24;
  }

  /** The absolute left x of a box `start` points from the start edge and `width` wide. */
  x(start: number, width: number): number {
    return this.direction === 'ltr' ? this.margin + start : A4.width - this.margin - start - width;
  }

  /** The direction a text orders itself in when isolated (its first strong letter; else LTR). */
  directionOf(text: string): Direction {
    return firstStrongDirection(text);
  }

  lineHeight(style: TextStyle): number {
    return style.size * this.options.leading;
  }

  stack(style: TextStyle): readonly FontFace[] {
    return fontStack(this.options.script, style.weight ?? 'regular');
  }

  measure(text: string, style: TextStyle): number {
    return measureText(text, this.stack(style), style.size);
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, (t) => this.measure(t, style));
  }

  /** Height a wrapped text takes in a box of this width. */
  textHeight(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).length * this.lineHeight(style);
  }

  /** Draws one line (no wrapping) in a box; returns the line height. */
  line(text: string, box: TextBox): number {
    const { style } = box;
    const lineHeight = box.lineHeight ?? this.lineHeight(style);
    const direction = box.textDirection ?? (box.isolate ? firstStrongDirection(text) : this.direction);
    const { runs, width } = layoutLine(text, direction, this.stack(style), style.size);
    const left = this.x(box.start, box.width);
    const align = box.align ?? 'start';
    const physical =
      align === 'center' ? 'center' : (align === 'start') === (this.direction === 'ltr') ? 'left' : 'right';
    let x =
      physical === 'left'
        ? left
        : physical === 'right'
          ? left + box.width - width
          : left + (box.width - width) / 2;
    // Baseline a little below the middle of the line box, so capitals and Persian letters sit centred.
    const baseline = box.top + lineHeight / 2 + style.size * 0.32;
    this.doc.fillColor(style.color ?? '#111827');
    for (const run of runs) {
      this.use(run.face);
      this.doc.fontSize(style.size).text(run.text, x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        // Any features array makes PDFKit lay the run out whole rather than word by word, which would
        // put the words of a right-to-left run back in typing order.
        features: [],
      });
      x += run.width;
    }
    return lineHeight;
  }

  /** Draws text wrapped to the box; returns the height used. */
  paragraph(text: string, box: TextBox): number {
    const textDirection = box.textDirection ?? (box.isolate ? firstStrongDirection(text) : this.direction);
    let top = box.top;
    for (const line of this.wrap(text, box.width, box.style))
      top += this.line(line, { ...box, top, textDirection });
    return top - box.top;
  }

  /** A horizontal rule across a box. */
  rule(start: number, width: number, y: number, options: { color?: string; thickness?: number } = {}): void {
    const left = this.x(start, width);
    this.doc
      .save()
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(options.thickness ?? 0.6)
      .strokeColor(options.color ?? '#9ca3af')
      .stroke()
      .restore();
  }

  /** A rectangle, stroked and/or filled. */
  rect(
    start: number,
    top: number,
    width: number,
    height: number,
    options: { stroke?: string; fill?: string; thickness?: number; radius?: number } = {},
  ): void {
    const left = this.x(start, width);
    const doc = this.doc.save();
    if (options.radius) doc.roundedRect(left, top, width, height, options.radius);
    else doc.rect(left, top, width, height);
    doc.lineWidth(options.thickness ?? 0.6);
    if (options.fill && options.stroke) doc.fillAndStroke(options.fill, options.stroke);
    else if (options.fill) doc.fill(options.fill);
    else doc.stroke(options.stroke ?? '#9ca3af');
    doc.restore();
  }

  addPage(): void {
    this.doc.addPage({ size: 'A4', margin: this.margin });
  }

  /** Finishes the document and returns its bytes. */
  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }

  private use(face: FontFace): void {
    if (!this.registered.has(face.name)) {
      this.doc.registerFont(face.name, face.bytes);
      this.registered.add(face.name);
    }
    this.doc.font(face.name);
  }
}
