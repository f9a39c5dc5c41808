import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { assertImageWithinLimits, inspectImage, MAX_IMAGE_PIXELS } from './image-limits.ts';
import { heicOf, pngClaiming, tinyHeic, tinyJpeg, tinyPdf, tinyPng, tinyWebp } from './test-fixtures.ts';

const photo = (width: number, height: number) =>
  sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#8a7',
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  });

describe('inspectImage', () => {
  it.each([
    ['image/jpeg', tinyJpeg, 2, 2],
    ['image/png', tinyPng, 1, 1],
    ['image/webp', tinyWebp, 1, 1],
    ['image/heic', tinyHeic, 4032, 3024],
  ])('accepts a genuine %s and reads its size', async (mime, bytes, width, height) => {
    expect(await inspectImage(bytes, mime)).toEqual({ ok: true, width, height });
  });

  it('accepts a 12-megapixel photo', async () => {
    const flat = { width: 4000, height: 3000, channels: 3, background: '#8a7' } as const;
    const jpeg = await sharp({ create: flat }).jpeg({ quality: 80 }).toBuffer();
    expect(await inspectImage(jpeg, 'image/jpeg')).toEqual({ ok: true, width: 4000, height: 3000 });
  });

  it('refuses a 1 KB PNG claiming 100,000 × 100,000 pixels without decoding it', async () => {
    const bomb = pngClaiming(100_000, 100_000);
    expect(bomb.length).toBeLessThan(1024);
    const started = performance.now();
    expect(await inspectImage(bomb, 'image/png')).toEqual({ ok: false, reason: 'too_large' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses just over 50 megapixels, by header, for PNG and HEIC alike', async () => {
    expect(await inspectImage(pngClaiming(10_000, 5_001), 'image/png')).toEqual({
      ok: false,
      reason: 'too_large',
    });
    expect(await inspectImage(heicOf(10_000, 5_001), 'image/heic')).toEqual({
      ok: false,
      reason: 'too_large',
    });
    expect(10_000 * 5_000).toBe(MAX_IMAGE_PIXELS);
    expect(await inspectImage(heicOf(10_000, 5_000), 'image/heic')).toMatchObject({ ok: true });
  });

  it('refuses a PNG whose header is fine but whose pixel data is short (a bomb within the limit, or a cut file)', async () => {
    // 7,000 × 7,000 claimed, a few rows given: decoding finds the data missing.
    expect(await inspectImage(pngClaiming(7000, 7000), 'image/png')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('refuses truncated and corrupt JPEG, PNG and WebP', async () => {
    const jpeg = await photo(256, 256).jpeg().toBuffer();
    expect(await inspectImage(jpeg.subarray(0, jpeg.length >> 1), 'image/jpeg')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    const png = await photo(256, 256).png().toBuffer();
    expect(await inspectImage(png.subarray(0, png.length - 200), 'image/png')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    const webp = await photo(256, 256).webp().toBuffer();
    expect(await inspectImage(webp.subarray(0, webp.length >> 1), 'image/webp')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(await inspectImage(Buffer.from('not an image at all'), 'image/png')).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });

  it('refuses a HEIC whose container says nothing of its size', async () => {
    const bare = Buffer.concat([tinyHeic.subarray(0, 24), Buffer.alloc(64)]);
    expect(await inspectImage(bare, 'image/heic')).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('leaves PDFs alone', async () => {
    expect(await inspectImage(tinyPdf, 'application/pdf')).toEqual({ ok: true, width: 0, height: 0 });
  });
});

describe('assertImageWithinLimits', () => {
  it('throws the validation codes the web translates', async () => {
    await expect(assertImageWithinLimits(pngClaiming(100_000, 100_000), 'image/png')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'file', code: 'image_too_large' }] },
    });
    await expect(assertImageWithinLimits(tinyJpeg.subarray(0, 100), 'image/jpeg')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'file', code: 'file_corrupt' }] },
    });
    await expect(assertImageWithinLimits(tinyJpeg, 'image/jpeg')).resolves.toBeUndefined();
  });
});
