// An uploaded image is opened once before it is stored: its header must say at most
// MAX_IMAGE_PIXELS (a 1 KB PNG may claim 100,000 × 100,000 pixels and take 10 GB to decode), and
// JPEG, PNG and WebP are decoded in full so a truncated or corrupt file is refused rather than
// shown half grey. HEIC is bounded by its header only: the prebuilt libvips that sharp ships has no
// HEVC decoder (libheif reports "Support for this compression format has not been built in: HEVC").
import sharp from 'sharp';
import { invalidInput } from '../../errors.ts';

/** The largest image accepted, in pixels (all frames together): 50 megapixels. */
export const MAX_IMAGE_PIXELS = 50_000_000;

// Uploads are checked once and never again: nothing for libvips' operation cache to reuse.
sharp.cache(false);

const decodable = new Set(['image/jpeg', 'image/png', 'image/webp']);
const headerOnly = new Set(['image/heic', 'image/heif']);

export type ImageVerdict =
  { ok: true; width: number; height: number } | { ok: false; reason: 'too_large' | 'corrupt' };

/**
 * Reads the header of an image of the detected type `mime` and decodes it (all frames, at most
 * {@link MAX_IMAGE_PIXELS}, failing on any decoder error). Other types are not images: `ok` with 0×0.
 */
export async function inspectImage(bytes: Buffer, mime: string): Promise<ImageVerdict> {
  if (!decodable.has(mime) && !headerOnly.has(mime)) return { ok: true, width: 0, height: 0 };
  let width: number;
  let height: number;
  let pixels: number;
  try {
    // The header alone, without the pixel limit, so that too large and broken can be told apart.
    const header = await sharp(bytes, { limitInputPixels: false, pages: -1 }).metadata();
    width = header.width;
    height = header.pageHeight ?? header.height;
    // All frames of an animation count: loaded with pages: -1 they are one tall image.
    pixels = width * Math.max(header.height, height * (header.pages ?? 1));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!(width > 0 && height > 0)) return { ok: false, reason: 'corrupt' };
  if (pixels > MAX_IMAGE_PIXELS) return { ok: false, reason: 'too_large' };
  if (decodable.has(mime)) {
    try {
      // Shrunk to a few pixels: every byte of the coded data is still read and checked (JPEG's
      // shrink-on-load scales the inverse DCT, not the entropy decoding), without holding the pixels.
      await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, pages: -1, failOn: 'error' })
        .resize(8, 8, { fit: 'inside' })
        .raw()
        .toBuffer();
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
  return { ok: true, width, height };
}

/** Throws INVALID_INPUT `file`/`image_too_large` or `file`/`file_corrupt` unless the image passes. */
export async function assertImageWithinLimits(bytes: Buffer, mime: string): Promise<void> {
  const verdict = await inspectImage(bytes, mime);
  if (!verdict.ok)
    throw invalidInput([
      { field: 'file', code: verdict.reason === 'too_large' ? 'image_too_large' : 'file_corrupt' },
    ]);
}
