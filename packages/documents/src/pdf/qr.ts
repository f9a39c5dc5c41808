// QR codes drawn as vector squares (crisp at any zoom or printer resolution), with the quiet zone of
// four modules the standard asks for inside the given size.
import QRCode from 'qrcode';

const QUIET_ZONE_MODULES = 4;

/** Draws a QR code of `text` as a `size` × `size` square whose top-left corner is at (x, y). */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  position: { x: number; y: number; size: number },
): void {
  // Level M survives a crease or a coffee ring on a printed page and keeps a URL's code small.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const cell = position.size / (count + 2 * QUIET_ZONE_MODULES);
  const origin = (i: number) => (QUIET_ZONE_MODULES + i) * cell;

  doc.save();
  doc.rect(position.x, position.y, position.size, position.size).fill('#ffffff');
  // One path of horizontal runs of dark modules, filled once: no hairline seams between squares.
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const from = col;
      while (col < count && modules.get(row, col)) col++;
      doc.rect(position.x + origin(from), position.y + origin(row), (col - from) * cell, cell);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
