// Test helpers that read a PDF back the way a person would: its text (pdf.js text extraction, which
// also puts right-to-left runs back into reading order) and its pixels (pdf.js drawing on a Skia
// canvas), so a test can decode the printed QR code with jsQR. Dev dependencies only.
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import type { Options, QRCode } from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// jsQR is CommonJS with typings that declare an ES default export: require() returns the function.
const jsQR = createRequire(import.meta.url)('jsqr') as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: Options,
) => QRCode | null;

async function open(bytes: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
}

/** The text of every page, items joined by spaces, one string per page. */
export async function readPdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

export interface RenderedPage {
  width: number;
  height: number;
  /** RGBA, row by row. */
  rgba: Uint8ClampedArray;
  png(): Buffer;
}

/** Draws one page (1-based) at `scale` × 72 dpi. */
export async function renderPdfPage(bytes: Uint8Array, pageNumber = 1, scale = 2): Promise<RenderedPage> {
  const pdf = await open(bytes);
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js is typed for the DOM; in Node it draws on the Skia canvas just the same.
    const parameters = { canvas, viewport } as unknown as Parameters<typeof page.render>[0];
    await page.render(parameters).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return {
      width: image.width,
      height: image.height,
      rgba: image.data,
      png: () => canvas.toBuffer('image/png'),
    };
  } finally {
    await pdf.destroy();
  }
}

/** The text of the QR code printed on a page, or null when none is found. */
export async function decodeQrCode(bytes: Uint8Array, pageNumber = 1): Promise<string | null> {
  const page = await renderPdfPage(bytes, pageNumber, 2);
  return jsQR(page.rgba, page.width, page.height)?.data ?? null;
}
