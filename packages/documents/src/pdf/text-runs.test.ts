import { describe, expect, it } from 'vitest';
import { fontStack } from './fonts.ts';
import { firstStrongDirection, fontSegments, layoutLine, measureText, wrapText } from './text-runs.ts';

const persian = fontStack('arabic', 'regular');
const latin = fontStack('latin-cyrillic', 'regular');
const vazirmatn = persian[0]!;

/** The visual runs of a line as [text handed to PDFKit, right-to-left?, face]. */
const runsOf = (text: string, direction: 'ltr' | 'rtl', stack = persian) =>
  layoutLine(text, direction, stack, 10).runs.map((r) => [r.text, r.rtl, r.face.name]);

describe('Arabic-script shaping (fontkit)', () => {
  it('joins Persian letters: a beh that starts a word is not drawn with the isolated beh glyph', () => {
    const isolated = vazirmatn.font.layout('ب', []).glyphs[0]!.id;
    const joined = vazirmatn.font.layout('بب', []).glyphs.map((g) => g.id);
    // Glyphs come back in visual order: the final form on the left, the initial form on the right.
    expect(joined[1]).not.toBe(isolated);
    expect(joined[0]).not.toBe(isolated);
    expect(new Set(joined).size).toBe(2);
  });

  it('forms the lam-alef ligature', () => {
    expect(vazirmatn.font.layout('لا', []).glyphs).toHaveLength(1);
  });

  it('keeps a zero-width non-joiner from joining and from taking any room', () => {
    const withJoiner = vazirmatn.font.layout('می‌شود', []);
    const joinedUp = vazirmatn.font.layout('میشود', []);
    expect(withJoiner.glyphs.map((g) => g.id)).not.toEqual(joinedUp.glyphs.map((g) => g.id));
  });
});

describe('bidi reordering', () => {
  it('puts a Latin number to the left of the Persian word that precedes it in a right-to-left line', () => {
    expect(runsOf('شماره KZN-2026-000123', 'rtl')).toEqual([
      ['KZN-2026-000123', false, 'vazirmatn-regular'],
      ['شماره ', true, 'vazirmatn-regular'],
    ]);
  });

  it('keeps the words of a Persian run in one run, so they are not set in typing order', () => {
    expect(runsOf('دستور کار', 'rtl')).toEqual([['دستور کار', true, 'vazirmatn-regular']]);
  });

  it('hands Persian digits over reversed, since fontkit reverses Arabic script and digits read left to right', () => {
    expect(runsOf('سال ۱۴۰۵', 'rtl')).toEqual([
      ['۵۰۴۱', false, 'vazirmatn-regular'],
      ['سال ', true, 'vazirmatn-regular'],
    ]);
  });

  it('mirrors brackets in a right-to-left run', () => {
    // fontkit reverses the run; the mirrored brackets then face the right way.
    expect(runsOf('(متقاضی)', 'rtl')).toEqual([[')متقاضی(', true, 'vazirmatn-regular']]);
  });

  it('sets Cyrillic in a Persian line in Noto Sans and keeps it left to right', () => {
    expect(runsOf('نشانی ул. Баумана', 'rtl')).toEqual([
      ['ул. Баумана', false, 'noto-sans-regular'],
      ['نشانی ', true, 'vazirmatn-regular'],
    ]);
  });

  it('keeps an isolated value in its own order and its punctuation beside it', () => {
    // Without the isolate the closing guillemet would wander to the far side of the name.
    expect(runsOf('پیمانکار: \u2068ООО «Кровля»\u2069', 'rtl')).toEqual([
      ['ООО «Кровля»', false, 'noto-sans-regular'],
      ['پیمانکار: ', true, 'vazirmatn-regular'],
    ]);
  });

  it('leaves left-to-right text alone', () => {
    expect(runsOf('Наряд № KZN-2026-000123', 'ltr', latin)).toEqual([
      ['Наряд № KZN-2026-000123', false, 'noto-sans-regular'],
    ]);
  });

  it('finds the direction of a value from its first strong letter', () => {
    expect(firstStrongDirection('+7 (917) 555-12-34')).toBe('ltr');
    expect(firstStrongDirection('ООО «КровляСтрой»')).toBe('ltr');
    expect(firstStrongDirection('۵ آذر ۱۴۰۵، ۱۸:۰۰')).toBe('rtl');
    expect(firstStrongDirection('\u2068ул. Баумана\u2069، پلاک ۷')).toBe('rtl');
    expect(firstStrongDirection('')).toBe('ltr');
  });
});

describe('font fallback', () => {
  it('takes the first face with the glyph for letters and keeps neutrals with their neighbours', () => {
    const segments = fontSegments('Баумана 7، پلاک', persian).map((s) => s.face.name);
    expect(segments).toEqual(['noto-sans-regular', 'vazirmatn-regular']);
  });

  it('covers Azerbaijani and Kazakh letters in Noto Sans', () => {
    for (const text of ['Müraciətin nömrəsi', 'Өтінім нөмірі қағаз ұңғыма һ і'])
      expect(fontSegments(text, latin).map((s) => s.face.name)).toEqual(['noto-sans-regular']);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => measureText(text, latin, 10);

  it('breaks at spaces so no line is wider than the box', () => {
    const text = 'Вода капает с потолка в ванной после каждого дождя, пятно растёт.';
    const lines = wrapText(text, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than the line and keeps newlines', () => {
    const lines = wrapText('https://citydesk.example/requests/0123456789abcdef\nok', 60, measure);
    expect(lines.at(-1)).toBe('ok');
    expect(lines.slice(0, -1).join('')).toBe('https://citydesk.example/requests/0123456789abcdef');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });
});
