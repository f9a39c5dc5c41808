// Whether a PDF carries something that acts when opened: JavaScript, a program to launch, embedded
// files, rich media. Names are read as PDF does (`/J#61vaScript` is `/JavaScript`), in the file's own
// object syntax and inside its object streams (PDF 1.5 packs dictionaries into deflated streams, the
// obvious place to hide an action), which are inflated here with a bound. Pure.
import { constants, inflateSync } from 'node:zlib';
import { pdfStreamBodies } from './content-layout.ts';

/** Names no document a city receives needs, and each one a way to run or smuggle content. */
const activeNames = new Set(['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'GoToE']);

// `/JS` (the script of a JavaScript action) is short enough to occur by chance in compressed bytes,
// so it is looked for only in object syntax; the action carrying it is named /JavaScript anyway.
const shortActiveNames = new Set(['JS']);

/** Inflating object streams stops here: a 10 MB file inflating past this is a bomb, not a document. */
const inflateBudgetBytes = 64 * 1024 * 1024;

// A name runs to the next white-space (NUL included: \p{Cc}) or delimiter; `#xx` is an escaped byte.
const pdfName = /\/((?:[^\s\p{Cc}/<>[\](){}%#]|#[0-9A-Fa-f]{2})+)/gu;

const namesIn = (text: string): Set<string> =>
  new Set(
    Array.from(text.matchAll(pdfName), (m) =>
      m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    ),
  );

const hasAny = (names: Set<string>, wanted: Set<string>) => [...wanted].some((name) => names.has(name));

export type PdfActiveContent = 'active_content' | 'unreadable' | null;

/**
 * `active_content` when the PDF names an action or embedding from the lists above; `unreadable` when
 * one of its object streams cannot be inspected (a filter other than Flate, a predictor, encrypted or
 * inflating past the budget); null when it is a plain document.
 */
export function pdfActiveContent(bytes: Buffer): PdfActiveContent {
  const text = bytes.toString('latin1');
  if (hasAny(namesIn(text), activeNames)) return 'active_content';
  const bodies = pdfStreamBodies(text);
  let objectSyntax = '';
  let from = 0;
  for (const [start, end] of bodies) {
    objectSyntax += text.slice(from, start);
    from = end;
  }
  objectSyntax += text.slice(from);
  if (hasAny(namesIn(objectSyntax), shortActiveNames)) return 'active_content';

  let budget = inflateBudgetBytes;
  for (const [start, end] of bodies) {
    // The stream's dictionary sits between `N G obj` and the `stream` keyword.
    const dictionary = text.slice(text.lastIndexOf('obj', start), start);
    const names = namesIn(dictionary);
    if (!names.has('ObjStm')) continue;
    const filters = [...names].filter((name) => name.endsWith('Decode') || name === 'Crypt');
    const predictor = Number(/\/Predictor\s+(\d+)/.exec(dictionary)?.[1] ?? 1);
    if (names.has('Filter') && (filters.join() !== 'FlateDecode' || predictor > 1)) return 'unreadable';
    let content: Buffer;
    try {
      content = names.has('Filter')
        ? inflateSync(bytes.subarray(start, end), {
            maxOutputLength: Math.max(1, budget),
            finishFlush: constants.Z_SYNC_FLUSH,
          })
        : bytes.subarray(start, end);
    } catch {
      return 'unreadable'; // not deflate (encrypted, damaged) or past the budget
    }
    budget -= content.length;
    const inner = namesIn(content.toString('latin1'));
    if (hasAny(inner, activeNames) || hasAny(inner, shortActiveNames)) return 'active_content';
  }
  return null;
}
