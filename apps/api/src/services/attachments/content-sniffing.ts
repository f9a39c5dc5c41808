// Polyglots: a file that is a valid image or PDF *and* something else — a ZIP/JAR appended after the
// image's end, HTML or PHP inside it, a PDF that runs script. We serve uploads with their detected
// type and `nosniff`, but such a file must not be stored at all: another program (an unzipper, a
// PHP include, a browser told otherwise) would read the other format. Pure: bytes and type in,
// a finding out (the caller logs it and answers `file_type_not_allowed` or `file_corrupt`).
//
// What can be checked without decoding is: the bytes after the format's end, its structure and
// metadata, the whole file for long markers, and a PDF's objects. A payload hidden *inside*
// compressed pixel data survives these checks; only re-encoding the image would remove it.
import { contentLayout } from './content-layout.ts';
import { pdfActiveContent } from './pdf-active-content.ts';

export type PolyglotFinding =
  /** More than padding after the format's end. */
  | 'trailing_data'
  /** A ZIP (JAR, DOCX, APK…) signature where a reader would find it. */
  | 'zip_archive'
  /** HTML, SVG or PHP markup. */
  | 'markup'
  /** A PDF with JavaScript, a launch action, embedded files or rich media. */
  | 'pdf_active_content'
  /** A PDF whose object streams cannot be inspected (encrypted, an unusual filter, a bomb). */
  | 'unreadable'
  /** The format's framing is broken: cut short, or a length past the end. */
  | 'malformed';

/** Bytes after the end a file may carry whatever they are (a line break, a stray checksum). */
export const trailingSlackBytes = 16;

// Long enough (with the character after them) never to occur by chance in 10 MB of compressed data.
const markupAnywhere = /<script[\s>/]|<\?php\s|<html[\s>]|<iframe[\s>/]|<!doctype\s+html/i;
// Short markers: looked for only in structure and metadata, where bytes are not random.
const markupInStructure = /<svg[\s>/]|<\?php|<html|<script/i;
// ZIP local file header, central directory header, end of central directory.
const zipSignatures = ['PK\x03\x04', 'PK\x01\x02', 'PK\x05\x06'].map((s) => Buffer.from(s, 'latin1'));
const zipEnd = zipSignatures[2]!;
// An unzipper looks for the end of the central directory in the last 22 bytes + a 64 KB comment.
const zipEndSearchBytes = 22 + 0xffff;

const paddingBytes = new Set([0x00, 0xff, 0x09, 0x0a, 0x0d, 0x20]);
const isPadding = (bytes: Buffer) => bytes.every((byte) => paddingBytes.has(byte));

/** What makes `bytes` (detected as `mime`) more than one format, or null when it is just that type. */
export function findPolyglot(bytes: Buffer, mime: string): PolyglotFinding | null {
  if (bytes.includes(zipEnd, Math.max(0, bytes.length - zipEndSearchBytes))) return 'zip_archive';
  const text = bytes.toString('latin1');
  if (markupAnywhere.test(text)) return 'markup';
  const layout = contentLayout(bytes, mime);
  if (!layout) return 'malformed';
  const trailing = bytes.subarray(layout.end);
  const harmfulTrailer = trailing.length > 0 && !isHarmlessTrailer(trailing, mime);
  // A harmless trailer (a phone's video) is not searched: its bytes are compressed, like pixels.
  const inspected = harmfulTrailer
    ? [...layout.structure, [layout.end, bytes.length] as const]
    : layout.structure;
  for (const [start, end] of inspected) {
    const part = bytes.subarray(start, end);
    if (zipSignatures.some((signature) => part.includes(signature))) return 'zip_archive';
    if (markupInStructure.test(text.slice(start, end))) return 'markup';
  }
  if (mime === 'application/pdf') {
    const active = pdfActiveContent(bytes);
    if (active === 'active_content') return 'pdf_active_content';
    if (active === 'unreadable') return 'unreadable';
  }
  return harmfulTrailer ? 'trailing_data' : null;
}

function isHarmlessTrailer(trailing: Buffer, mime: string): boolean {
  if (trailing.length <= trailingSlackBytes || isPadding(trailing)) return true;
  if (mime !== 'image/jpeg') return false;
  // What phones append to ordinary photos: Samsung's trailer (its directory ends with `SEFT`), and
  // the MP4 of a motion photo (an ISO-BMFF file: its first box is `ftyp`). Both were searched above.
  return trailing.subarray(-4).toString('latin1') === 'SEFT' || trailing.toString('latin1', 4, 8) === 'ftyp';
}
