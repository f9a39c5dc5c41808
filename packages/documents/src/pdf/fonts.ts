// The typefaces every document is set in, read once from npm packages (nothing is fetched at run time):
// Noto Sans for Latin and Cyrillic (Azerbaijani ə, Kazakh қ ң ө ұ ү һ і included) and Vazirmatn for
// Persian. A line is split into runs by which face has the glyphs, so a Cyrillic street name in a
// Persian document is set in Noto Sans and the Persian around it in Vazirmatn.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

export type FontWeight = 'regular' | 'bold';

export interface FontFace {
  /** The name the face is registered under in a PDFKit document. */
  name: string;
  bytes: Buffer;
  /** Our own parse of the same bytes: glyph coverage, metrics and trial layouts. */
  font: fontkit.Font;
  /** Ascender in 1/1000 em, as PDFKit measures it. */
  ascender: number;
}

const require = createRequire(import.meta.url);

const sources = {
  'noto-sans-regular': '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  'vazirmatn-regular': 'vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf',
  'vazirmatn-bold': 'vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf',
} as const;

type FaceName = keyof typeof sources;

const loaded = new Map<FaceName, FontFace>();

function face(name: FaceName): FontFace {
  let found = loaded.get(name);
  if (!found) {
    const bytes = readFileSync(require.resolve(sources[name]));
    const font = fontkit.create(bytes) as fontkit.Font;
    found = { name, bytes, font, ascender: (font.ascent / font.unitsPerEm) * 1000 };
    loaded.set(name, found);
  }
  return found;
}

/**
 * The faces to try, in order, for a document's script: the first face that has a glyph for a
 * character sets it. Persian documents lead with Vazirmatn; every other language with Noto Sans.
 */
export function fontStack(script: 'latin-cyrillic' | 'arabic', weight: FontWeight): readonly FontFace[] {
  const noto = face(weight === 'bold' ? 'noto-sans-bold' : 'noto-sans-regular');
  const vazirmatn = face(weight === 'bold' ? 'vazirmatn-bold' : 'vazirmatn-regular');
  return script === 'arabic' ? [vazirmatn, noto] : [noto, vazirmatn];
}
