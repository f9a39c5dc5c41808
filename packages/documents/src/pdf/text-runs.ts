// Turns one line of logical text (as typed) into runs drawn left to right: the Unicode bidirectional
// algorithm (bidi-js) orders right-to-left and left-to-right runs, and each run is cut further where the
// font changes. fontkit shapes Arabic script (joined initial/medial/final forms, lam-alef) and returns
// a right-to-left script's glyphs already reversed, so each run's text is handed over in the order
// that makes fontkit's output come out in visual order.
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import type { FontFace } from './fonts.ts';

export type Direction = 'ltr' | 'rtl';

/** One piece of a line, in visual order, ready for `doc.text()`. */
export interface VisualRun {
  /** The characters to give PDFKit (with `features: []`, so it lays the run out whole). */
  text: string;
  face: FontFace;
  /** Advance width in points. */
  width: number;
  /** True for a right-to-left run (odd bidi level). */
  rtl: boolean;
}

// bidi-js is a CommonJS (UMD) bundle whose typings declare an ES default export: require() returns
// the factory itself.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();

// Explicit direction marks and isolates steer the algorithm but have no glyph of their own.
const BIDI_CONTROL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/**
 * The direction of the text's first strong character (rules P2–P3 of UAX #9), skipping isolates;
 * left to right when there is none (a phone number, a date in Latin digits).
 */
export function firstStrongDirection(text: string): Direction {
  const level = bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0;
  return level % 2 === 1 ? 'rtl' : 'ltr';
}

const LETTER = /^\p{L}/u;

interface FontSegment {
  start: number;
  end: number;
  face: FontFace;
}

/**
 * Splits text into spans set in one face each: a letter takes the first face of the stack that has
 * it; spaces, digits, punctuation and marks stay in the face of the span they follow when it has them
 * (bidi controls, which are never drawn, always do).
 */
export function fontSegments(text: string, stack: readonly FontFace[]): FontSegment[] {
  const segments: FontSegment[] = [];
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const current = segments.at(-1);
    const sticks =
      current &&
      !LETTER.test(char) &&
      (BIDI_CONTROL.test(char) || current.face.font.hasGlyphForCodePoint(codePoint));
    const face = sticks
      ? current.face
      : (stack.find((f) => f.font.hasGlyphForCodePoint(codePoint)) ?? current?.face ?? stack[0]!);
    if (current && current.face === face) current.end = index + char.length;
    else segments.push({ start: index, end: index + char.length, face });
    index += char.length;
  }
  return segments;
}

const reverseCodePoints = (text: string) => [...text].reverse().join('');

const pointsPerUnit = (face: FontFace, size: number) => size / face.font.unitsPerEm;

/** Width in points of text set in the stack at this size (order does not change a width). */
export function measureText(text: string, stack: readonly FontFace[], size: number): number {
  text = text.replace(BIDI_CONTROLS, '');
  let width = 0;
  for (const segment of fontSegments(text, stack)) {
    const run = segment.face.font.layout(text.slice(segment.start, segment.end), []);
    width += run.advanceWidth * pointsPerUnit(segment.face, size);
  }
  return width;
}

interface Piece {
  start: number;
  end: number;
  level: number;
  face: FontFace;
}

/**
 * Lays out one line: resolves bidi levels with the paragraph's base direction, reorders the runs
 * for display (rule L2 of UAX #9), mirrors brackets in right-to-left runs and measures each run.
 */
export function layoutLine(
  text: string,
  direction: Direction,
  stack: readonly FontFace[],
  size: number,
): { runs: VisualRun[]; width: number } {
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const mirrored = bidi.getMirroredCharactersMap(text, levels);

  // Logical pieces: one face and one level each.
  const pieces: Piece[] = [];
  for (const segment of fontSegments(text, stack)) {
    for (let i = segment.start; i < segment.end; i++) {
      const level = levels[i]!;
      const last = pieces.at(-1);
      if (last && last.end === i && last.level === level && last.face === segment.face) last.end = i + 1;
      else pieces.push({ start: i, end: i + 1, level, face: segment.face });
    }
  }

  // L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const highest = Math.max(0, ...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : p.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }

  const runs: VisualRun[] = [];
  for (const piece of pieces) {
    const rtl = piece.level % 2 === 1;
    let logical = '';
    for (let i = piece.start; i < piece.end; i++) {
      const char = text[i]!;
      if (!BIDI_CONTROL.test(char)) logical += rtl ? (mirrored.get(i) ?? char) : char;
    }
    if (!logical) continue;
    // fontkit picks a direction from the script: it reverses Arabic script (Persian digits included)
    // and nothing else. Hand it the reverse where its choice differs from the level's.
    const shaped = piece.face.font.layout(logical, []);
    const fontkitRtl = shaped.direction === 'rtl';
    runs.push({
      text: fontkitRtl === rtl ? logical : reverseCodePoints(logical),
      face: piece.face,
      width: shaped.advanceWidth * pointsPerUnit(piece.face, size),
      rtl,
    });
  }
  return { runs, width: runs.reduce((sum, run) => sum + run.width, 0) };
}

/**
 * Breaks text into lines no wider than `maxWidth` at spaces (and inside a word only when the word
 * alone is wider). Newlines start a new line; runs of spaces collapse. Works on logical text, so it
 * serves both directions.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  const widths = new Map<string, number>();
  const widthOf = (word: string) => {
    let width = widths.get(word);
    if (width === undefined) widths.set(word, (width = measure(word)));
    return width;
  };
  const space = widthOf(' ');

  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const width = widthOf(word);
      if (line && lineWidth + space + width <= maxWidth) {
        line += ` ${word}`;
        lineWidth += space + width;
        continue;
      }
      if (line) lines.push(line);
      if (width <= maxWidth) {
        line = word;
        lineWidth = width;
        continue;
      }
      // A word wider than the line (a long URL, a number without spaces): cut it where it overflows.
      line = '';
      for (const char of word) {
        if (line && measure(line + char) > maxWidth) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
      lineWidth = measure(line);
    }
    lines.push(line);
  }
  return lines;
}
