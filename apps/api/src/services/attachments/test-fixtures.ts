// Tiny real files for tests (the type detection reads the bytes, so they must be genuine).
import { crc32, deflateSync } from 'node:zlib';

/** A 1×1 grey PNG. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** A 2×2 baseline JPEG, complete from SOI to EOI. */
export const tinyJpeg = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAUAQEAAAAAAAAAAAAAAAAAAAAA/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAwDAQACEQMRAD8AAA//2Q==',
  'base64',
);

/** A 1×1 lossless WebP. */
export const tinyWebp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

/** A one-page PDF. */
export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 72 72]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);

/** Things that must never be accepted, whatever they are called. */
export const refusedFiles = {
  executable: Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(58),
    Buffer.from('This program cannot be run in DOS mode.'),
  ]),
  html: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  svg: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(document.cookie)</script></svg>',
  ),
} as const;

// Builders for files that are valid in one format and carry another, and for images whose header
// claims more than they hold. Each is built here from its format's own framing.

const u32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
};
const u16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32(data.length), typeAndData, u32(crc32(typeAndData))]);
}

/**
 * A greyscale PNG whose IHDR says `width`×`height` while its IDAT holds only a few deflated rows:
 * about 100 bytes that would decode to `width`×`height` pixels (a decompression bomb when large).
 */
export function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.concat([u32(width), u32(height), Buffer.from([8, 0, 0, 0, 0])]);
  const rows = deflateSync(Buffer.alloc(Math.min(width + 1, 4096) * 4));
  return Buffer.concat([
    tinyPng.subarray(0, 8),
    pngChunk('IHDR', header),
    pngChunk('IDAT', rows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** {@link tinyPng} with a `tEXt` comment before IEND: a valid PNG of distinct content per `label`. */
export function pngLabelled(label: string): Buffer {
  const iend = tinyPng.length - 12;
  return Buffer.concat([
    tinyPng.subarray(0, iend),
    pngChunk('tEXt', Buffer.from(`Comment\0${label}`, 'latin1')),
    tinyPng.subarray(iend),
  ]);
}

/** A ZIP archive with one stored (uncompressed) file, as `zip -0` writes it. */
export function zipOf(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name);
  const common = Buffer.concat([
    u16le(20), // version needed
    u16le(0), // flags
    u16le(0), // stored
    u16le(0), // time
    u16le(0x21), // date
    u32le(crc32(content)),
    u32le(content.length),
    u32le(content.length),
    u16le(fileName.length),
    u16le(0), // extra field length
  ]);
  const local = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), common, fileName, content]);
  const central = Buffer.concat([
    Buffer.from('PK\x01\x02', 'latin1'),
    u16le(20), // version made by
    common,
    u16le(0), // comment length
    u16le(0), // disk
    u16le(0), // internal attributes
    u32le(0), // external attributes
    u32le(0), // offset of the local header
    fileName,
  ]);
  const end = Buffer.concat([
    Buffer.from('PK\x05\x06', 'latin1'),
    u16le(0),
    u16le(0),
    u16le(1),
    u16le(1),
    u32le(central.length),
    u32le(local.length),
    u16le(0),
  ]);
  return Buffer.concat([local, central, end]);
}

function u16le(value: number) {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16LE(value);
  return bytes;
}
function u32le(value: number) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value >>> 0);
  return bytes;
}

/** A PDF of the given objects (`1 0 obj` is the catalog), with a classic xref table and trailer. */
export function pdfOf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    const object = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** A PDF stream object: its dictionary entries, then the raw (already encoded) body. */
export const pdfStream = (dictionary: string, body: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream'),
  ]);

const pdfPage = [
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  pdfStream('/Filter /FlateDecode', deflateSync(Buffer.from('BT /F1 12 Tf 72 770 Td (Work order 15) Tj ET'))),
];

/** A one-page A4 PDF with a deflated content stream, as office software writes it. */
export const a4Pdf = pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', ...pdfPage]);

/** PDFs that would act when opened. */
export const activePdfs = {
  openActionJavaScript: pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>',
    ...pdfPage,
    '<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>',
  ]),
  // The same name written with #-escapes, as PDF allows.
  escapedJavaScript: pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61va#53cript /JS (app.alert\\(1\\)) >> >>',
    ...pdfPage,
  ]),
  // The action packed into a deflated object stream (PDF 1.5), invisible to a plain text search.
  javaScriptInObjectStream: pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>',
    ...pdfPage,
    pdfStream(
      '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode',
      deflateSync(Buffer.from('6 0 << /S /JavaScript /JS (this.exportDataObject\\({cName: "a"}\\)) >>')),
    ),
  ]),
  launch: pdfOf(['<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>', ...pdfPage]),
  embeddedFile: pdfOf([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >> >>',
    ...pdfPage,
    '<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>',
    pdfStream('/Type /EmbeddedFile', Buffer.from('MZ')),
  ]),
};

/** Builds an ISO-BMFF box (size, type, payload), and a full box (with version and flags). */
const box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
};
const fullBox = (type: string, version: number, ...payload: Buffer[]) =>
  box(type, Buffer.from([version, 0, 0, 0]), ...payload);

/**
 * A HEIC as phones write it, reduced to its frame: `ftyp` (brand heic), `meta` with one `hvc1` image
 * item whose `ispe` property says `width`×`height`, and `mdat` with (filler) coded data.
 */
export function heicOf(width: number, height: number): Buffer {
  const ftyp = box('ftyp', Buffer.from('heic'), u32(0), Buffer.from('mif1heic'));
  const data = Buffer.alloc(256, 0x5a);
  const meta = (dataOffset: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict'), Buffer.alloc(12), Buffer.from([0])),
      fullBox('pitm', 0, u16(1)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), Buffer.from('hvc1'), Buffer.from([0]))),
      fullBox(
        'iloc',
        0,
        Buffer.from([0x44, 0]),
        u16(1),
        u16(1),
        u16(0),
        u16(1),
        u32(dataOffset),
        u32(data.length),
      ),
      box(
        'iprp',
        box(
          'ipco',
          box('hvcC', Buffer.alloc(23), Buffer.from([0])),
          fullBox('ispe', 0, u32(width), u32(height)),
        ),
        fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x02])),
      ),
    );
  const dataOffset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([ftyp, meta(dataOffset), box('mdat', data)]);
}

/** An iPhone-sized HEIC container (4032×3024 in its `ispe` box); its HEVC data is filler. */
export const tinyHeic = heicOf(4032, 3024);

const phpComment = Buffer.from('<?php system($_GET[0]); ?>');

/** Files that are a valid image or PDF and also another format: each must be refused. */
export const polyglots = {
  jpegWithZip: Buffer.concat([tinyJpeg, zipOf('Exploit.class', Buffer.from('\xca\xfe\xba\xbe', 'latin1'))]),
  pngWithHtml: Buffer.concat([tinyPng, Buffer.from('<html><body><script>alert(document.cookie)</script>')]),
  pngWithSvgComment: pngLabelled('<svg onload=alert(1)>'),
  jpegWithPhpComment: Buffer.concat([
    tinyJpeg.subarray(0, 2),
    Buffer.from([0xff, 0xfe]),
    u16(2 + phpComment.length),
    phpComment,
    tinyJpeg.subarray(2),
  ]),
  pdfWithZip: Buffer.concat([a4Pdf, zipOf('payload.js', Buffer.from('alert(1)'))]),
  pdfWithJavaScript: activePdfs.openActionJavaScript,
  webpWithTrailer: Buffer.concat([tinyWebp, Buffer.from('\n#!/bin/sh\nrm -rf --no-preserve-root /\n')]),
  heicWithZip: Buffer.concat([tinyHeic, zipOf('a.txt', Buffer.from('hello'))]),
} as const;
