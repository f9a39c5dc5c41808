import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentLayout } from './content-layout.ts';
import { findPolyglot, trailingSlackBytes } from './content-sniffing.ts';
import { pdfActiveContent } from './pdf-active-content.ts';
import {
  a4Pdf,
  activePdfs,
  pdfOf,
  pdfStream,
  pngChunk,
  pngLabelled,
  polyglots,
  tinyHeic,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  tinyWebp,
  zipOf,
} from './test-fixtures.ts';

/** Sniffs as the upload does: by the type detected from the bytes. */
async function sniff(bytes: Buffer) {
  const detected = await fileTypeFromBuffer(bytes);
  return findPolyglot(bytes, detected?.mime ?? 'application/octet-stream');
}

// Real photos are noise to a sniffer: compressed bytes in which short markers occur by chance.
const noisyJpeg = () =>
  sharp({
    create: {
      width: 640,
      height: 480,
      channels: 3,
      background: '#777',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .jpeg({ quality: 95 })
    .toBuffer();

describe('findPolyglot', () => {
  it.each([
    ['a JPEG', tinyJpeg],
    ['a PNG', tinyPng],
    ['a PNG with a text comment', pngLabelled('kitchen ceiling, 3rd floor')],
    ['a WebP', tinyWebp],
    ['a HEIC', tinyHeic],
    ['a minimal PDF', tinyPdf],
    ['an A4 PDF with a deflated page', a4Pdf],
  ])('finds nothing in %s', async (_what, bytes) => {
    expect(await sniff(bytes)).toBeNull();
  });

  it('finds nothing in a large noisy photo, nor in a progressive one with EXIF', async () => {
    expect(await sniff(await noisyJpeg())).toBeNull();
    const progressive = await sharp(await noisyJpeg())
      .withMetadata({ exif: { IFD0: { Copyright: 'citydesk', ImageDescription: 'leak <b>here</b>' } } })
      .jpeg({ progressive: true })
      .toBuffer();
    expect(await sniff(progressive)).toBeNull();
    const png = await sharp(await noisyJpeg())
      .png()
      .toBuffer();
    expect(await sniff(png)).toBeNull();
    const webp = await sharp(await noisyJpeg())
      .webp()
      .toBuffer();
    expect(await sniff(webp)).toBeNull();
  });

  it.each(Object.entries(polyglots))('refuses %s', async (_what, bytes) => {
    expect(await sniff(bytes)).not.toBeNull();
  });

  it('names what it found', async () => {
    expect(await sniff(polyglots.jpegWithZip)).toBe('zip_archive');
    expect(await sniff(polyglots.pngWithHtml)).toBe('markup');
    expect(await sniff(polyglots.pngWithSvgComment)).toBe('markup');
    expect(await sniff(polyglots.jpegWithPhpComment)).toBe('markup');
    expect(await sniff(polyglots.pdfWithZip)).toBe('zip_archive');
    expect(await sniff(polyglots.pdfWithJavaScript)).toBe('pdf_active_content');
    expect(await sniff(polyglots.webpWithTrailer)).toBe('trailing_data');
    expect(await sniff(polyglots.heicWithZip)).toBe('zip_archive');
  });

  it('refuses a ZIP hidden in a JPEG comment and one whose directory ends a file after the image', async () => {
    const zip = zipOf('a.txt', Buffer.from('hello'));
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, zip.length + 2]), zip]);
    const inComment = Buffer.concat([tinyJpeg.subarray(0, 2), comment, tinyJpeg.subarray(2)]);
    expect(await sniff(inComment)).toBe('zip_archive');
    // Only the end of central directory, as a zip reader searches the last 64 KB for it.
    expect(await sniff(Buffer.concat([tinyPng, zip.subarray(-22)]))).toBe('zip_archive');
  });

  it('allows a small slack or padding after the end, and no more', async () => {
    expect(await sniff(Buffer.concat([tinyPng, Buffer.from('\r\n')]))).toBeNull();
    expect(await sniff(Buffer.concat([tinyJpeg, Buffer.alloc(trailingSlackBytes, 0x41)]))).toBeNull();
    expect(await sniff(Buffer.concat([tinyJpeg, Buffer.alloc(4096, 0)]))).toBeNull();
    expect(await sniff(Buffer.concat([tinyPng, Buffer.alloc(trailingSlackBytes + 1, 0x41)]))).toBe(
      'trailing_data',
    );
    expect(await sniff(Buffer.concat([tinyJpeg, randomBytes(100)]))).toBe('trailing_data');
    expect(await sniff(Buffer.concat([tinyHeic, randomBytes(100)]))).toBe('trailing_data');
    expect(await sniff(Buffer.concat([a4Pdf, Buffer.from('x'.repeat(40))]))).toBe('trailing_data');
  });

  it('accepts what phones write after a JPEG: secondary images, Samsung’s trailer, a motion photo’s video', async () => {
    // MPF / gain map: a second complete JPEG right after the first.
    expect(await sniff(Buffer.concat([tinyJpeg, tinyJpeg]))).toBeNull();
    const samsung = Buffer.concat([
      tinyJpeg,
      Buffer.from('\0\0\x01\x0aImage_UTC_Data1700000000000SEFH'),
      Buffer.from('\x20\0\0\0SEFT', 'latin1'),
    ]);
    expect(await sniff(samsung)).toBeNull();
    const video = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypmp42'),
      Buffer.alloc(4),
      Buffer.from('isommp42'),
      randomBytes(2000),
    ]);
    expect(await sniff(Buffer.concat([tinyJpeg, video]))).toBeNull();
    // The same allowance does not hide a ZIP at the end.
    expect(await sniff(Buffer.concat([tinyJpeg, video, zipOf('x.class', Buffer.from('x'))]))).toBe(
      'zip_archive',
    );
  });

  it('calls a file cut short malformed', async () => {
    expect(await sniff(tinyJpeg.subarray(0, tinyJpeg.length - 2))).toBe('malformed');
    expect(await sniff(tinyPng.subarray(0, tinyPng.length - 12))).toBe('malformed');
    expect(await sniff(tinyWebp.subarray(0, tinyWebp.length - 4))).toBe('malformed');
    expect(await sniff(tinyHeic.subarray(0, tinyHeic.length - 10))).toBe('malformed');
    expect(await sniff(Buffer.from(a4Pdf.toString('latin1').replace('%%EOF', ''), 'latin1'))).toBe(
      'malformed',
    );
  });
});

describe('contentLayout', () => {
  it('ends a PNG after IEND and counts its text chunks, not its pixels, as structure', () => {
    const png = pngLabelled('hello');
    const layout = contentLayout(png, 'image/png')!;
    expect(layout.end).toBe(png.length);
    const structure = layout.structure.map(([s, e]) => png.toString('latin1', s, e)).join('');
    expect(structure).toContain('hello');
    expect(structure).not.toContain('IDAT');
  });

  it('reads a chunk whose length points past the end as broken', () => {
    const broken = Buffer.concat([
      tinyPng.subarray(0, 8),
      pngChunk('IHDR', Buffer.alloc(13)).subarray(0, 10),
    ]);
    expect(contentLayout(broken, 'image/png')).toBeNull();
  });

  it('finds the end of a PDF after its last %%EOF (incremental updates)', () => {
    const updated = Buffer.concat([
      a4Pdf,
      Buffer.from('4 0 obj\n<< >>\nendobj\ntrailer << /Size 5 >>\n%%EOF\n'),
    ]);
    expect(contentLayout(updated, 'application/pdf')!.end).toBe(updated.length);
  });
});

describe('pdfActiveContent', () => {
  it.each(Object.entries(activePdfs))('finds %s', (_what, pdf) => {
    expect(pdfActiveContent(pdf)).toBe('active_content');
  });

  it('looks inside object streams only as far as it can read them', () => {
    const hidden = deflateSync(Buffer.from('6 0 << /S /JavaScript /JS (1) >>'));
    expect(pdfActiveContent(activePdfs.javaScriptInObjectStream)).toBe('active_content');
    const lzw = pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', hidden),
    ]);
    expect(pdfActiveContent(lzw)).toBe('unreadable');
    const notDeflate = pdfOf([
      '<< /Type /Catalog >>',
      pdfStream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', randomBytes(64)),
    ]);
    expect(pdfActiveContent(notDeflate)).toBe('unreadable');
    // 10 MB of zeros packed into a few KB: inflating stops at the budget.
    const bomb = pdfOf([
      '<< /Type /Catalog >>',
      ...Array.from({ length: 8 }, () =>
        pdfStream(
          '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
          deflateSync(Buffer.alloc(10 * 1024 * 1024)),
        ),
      ),
    ]);
    expect(pdfActiveContent(bomb)).toBe('unreadable');
    const plain = pdfOf([
      '<< /Type /Catalog >>',
      pdfStream(
        '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
        deflateSync(Buffer.from('6 0 << /Type /Font >>')),
      ),
    ]);
    expect(pdfActiveContent(plain)).toBeNull();
  });

  it('reads names as PDF does: NUL ends a name, and /JS alone in object syntax counts', () => {
    const nul = pdfOf(['<< /Type /Catalog /OpenAction << /S /JavaScript\0/JS (1) >> >>']);
    expect(pdfActiveContent(nul)).toBe('active_content');
    const jsOnly = pdfOf(['<< /Type /Catalog /OpenAction << /S /Unknown /JS 5 0 R >> >>']);
    expect(pdfActiveContent(jsOnly)).toBe('active_content');
    expect(pdfActiveContent(pdfOf(['<< /Type /Catalog /JSON (not a script) >>']))).toBeNull();
  });

  it('does not take /JS inside a compressed page for a script', () => {
    const page = pdfStream('/Filter /FlateDecode', Buffer.from('x\x9c/JS (not a script)', 'latin1'));
    expect(pdfActiveContent(pdfOf(['<< /Type /Catalog >>', page]))).toBeNull();
    expect(pdfActiveContent(a4Pdf)).toBeNull();
  });
});
