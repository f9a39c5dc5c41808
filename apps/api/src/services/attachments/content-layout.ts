// Where a file of an accepted type really ends, and which of its bytes are structure (headers,
// metadata) rather than compressed pixels — read from the format's own framing, never guessed.
// content-sniffing.ts looks for a second format after the end and inside the structure.
// Pure: bytes in, offsets out.

/** A half-open byte range `[start, end)`. */
export type ByteRange = readonly [start: number, end: number];

export interface ContentLayout {
  /** The offset right after the format's last byte (its EOI, IEND, last box, RIFF size, `%%EOF`). */
  end: number;
  /** Bytes that are structure or metadata (not entropy-coded or deflated image data). */
  structure: ByteRange[];
}

const ascii = (bytes: Buffer, at: number, length: number) => bytes.toString('latin1', at, at + length);

/**
 * The layout of `bytes` as the detected type `mime`, or null when its framing is broken (cut short,
 * a length pointing past the end): such a file is corrupt or truncated.
 */
export function contentLayout(bytes: Buffer, mime: string): ContentLayout | null {
  switch (mime) {
    case 'image/jpeg':
      return jpegLayout(bytes);
    case 'image/png':
      return pngLayout(bytes);
    case 'image/webp':
      return webpLayout(bytes);
    case 'image/heic':
    case 'image/heif':
      return isoBmffLayout(bytes);
    case 'application/pdf':
      return pdfLayout(bytes);
    default:
      return null;
  }
}

/**
 * JPEG: marker segments up to SOS, entropy-coded data up to the next real marker, … up to EOI. A
 * JPEG directly followed by another (the MPF secondary images and gain maps phones write) ends
 * after the last of them.
 */
function jpegLayout(bytes: Buffer): ContentLayout | null {
  const structure: ByteRange[] = [];
  let pos = 0;
  while (bytes[pos] === 0xff && bytes[pos + 1] === 0xd8 && bytes[pos + 2] === 0xff) {
    pos = jpegImageEnd(bytes, pos + 2, structure);
    if (pos < 0) return null;
  }
  return pos === 0 ? null : { end: pos, structure };
}

/** The offset after the EOI of the image whose markers start at `pos`, or -1 if it is cut short. */
function jpegImageEnd(bytes: Buffer, start: number, structure: ByteRange[]): number {
  let pos = start;
  for (;;) {
    if (bytes[pos] !== 0xff) return -1;
    while (bytes[pos + 1] === 0xff) pos++; // fill bytes
    const marker = bytes[pos + 1];
    if (marker === undefined) return -1;
    pos += 2;
    if (marker === 0xd9) return pos; // EOI
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // RSTn, TEM: no length
    if (pos + 2 > bytes.length) return -1;
    const length = bytes.readUInt16BE(pos);
    if (length < 2 || pos + length > bytes.length) return -1;
    structure.push([pos - 2, pos + length]);
    pos += length;
    if (marker !== 0xda) continue;
    // Entropy-coded data: 0xFF is followed by 0x00 (a stuffed byte) or RSTn, else it starts a marker.
    for (;;) {
      pos = bytes.indexOf(0xff, pos);
      if (pos < 0 || pos + 1 >= bytes.length) return -1;
      const next = bytes[pos + 1]!;
      if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) pos += 2;
      else if (next === 0xff) pos += 1;
      else break;
    }
  }
}

/** PNG: the signature, then length-type-data-CRC chunks up to IEND. */
function pngLayout(bytes: Buffer): ContentLayout | null {
  const structure: ByteRange[] = [[0, 8]];
  let pos = 8;
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = ascii(bytes, pos + 4, 4);
    const end = pos + 12 + length;
    if (end > bytes.length) return null;
    if (type !== 'IDAT' && type !== 'fdAT') structure.push([pos, end]);
    pos = end;
    if (type === 'IEND') return { end: pos, structure };
  }
  return null;
}

/** WebP: a RIFF container whose size field says where it ends; chunks are padded to even sizes. */
function webpLayout(bytes: Buffer): ContentLayout | null {
  if (bytes.length < 12) return null;
  const end = 8 + bytes.readUInt32LE(4);
  if (end > bytes.length) return null;
  const structure: ByteRange[] = [[0, 12]];
  let pos = 12;
  while (pos + 8 <= end) {
    const type = ascii(bytes, pos, 4);
    const chunkEnd = pos + 8 + bytes.readUInt32LE(pos + 4);
    if (chunkEnd > end) return null;
    if (!['VP8 ', 'VP8L', 'ALPH', 'ANMF'].includes(type)) structure.push([pos, chunkEnd]);
    pos = chunkEnd + (chunkEnd % 2);
  }
  // A chunk of odd length may end the file without its padding byte.
  return { end: Math.min(end + (end % 2), bytes.length), structure };
}

/**
 * HEIC/HEIF: top-level ISO-BMFF boxes (size, type; size 1 = a 64-bit size follows, 0 = to the end of
 * the file). The first bytes that are not a box end the file; a box longer than the file is cut short.
 */
function isoBmffLayout(bytes: Buffer): ContentLayout | null {
  const structure: ByteRange[] = [];
  let pos = 0;
  while (pos + 8 <= bytes.length) {
    const type = ascii(bytes, pos + 4, 4);
    if (!/^[\x20-\x7e]{4}$/.test(type)) break;
    let size = bytes.readUInt32BE(pos);
    if (size === 1) {
      if (pos + 16 > bytes.length) return null;
      size = Number(bytes.readBigUInt64BE(pos + 8));
    } else if (size === 0) size = bytes.length - pos;
    if (size < 8) break;
    if (pos + size > bytes.length) return null;
    if (type !== 'mdat') structure.push([pos, pos + size]);
    pos += size;
  }
  return pos === 0 ? null : { end: pos, structure };
}

const pdfEof = /%%EOF[\r\n]*/g;

/**
 * PDF: ends after its last `%%EOF` (incremental updates add more). The structure is everything but
 * the bodies of `stream … endstream`, which may hold compressed bytes of any kind.
 */
function pdfLayout(bytes: Buffer): ContentLayout | null {
  const text = bytes.toString('latin1');
  let end = -1;
  for (const match of text.matchAll(pdfEof)) end = match.index + match[0].length;
  if (end < 0) return null;
  const structure: ByteRange[] = [];
  let from = 0;
  for (const [start, stop] of pdfStreamBodies(text)) {
    if (start >= end) break;
    structure.push([from, start]);
    from = Math.min(stop, end);
  }
  structure.push([from, end]);
  return { end, structure };
}

const streamStart = /\bstream(\r\n|\n|\r)/g;

/** The byte ranges of the bodies of a PDF's streams: after `stream` and its end of line, up to `endstream`. */
export function pdfStreamBodies(text: string): ByteRange[] {
  const bodies: ByteRange[] = [];
  streamStart.lastIndex = 0;
  for (let match = streamStart.exec(text); match; match = streamStart.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    bodies.push([start, end]);
    streamStart.lastIndex = end + 'endstream'.length;
  }
  return bodies;
}
