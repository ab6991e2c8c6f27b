/**
 * The grey level of each pixel of an RGBA image (a canvas's `ImageData`), one byte per pixel, row by
 * row: (R + 2G + B) / 4, the green-favouring average ZXing itself uses for ARGB input, so a frame
 * decodes the same as it would in ZXing's own browser readers. Alpha is ignored: video frames are opaque.
 * rgbaLuminance([255, 255, 255, 255, 0, 0, 0, 255], 2, 1) → [255, 0].
 */
export function rgbaLuminance(rgba: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const size = width * height;
  if (rgba.length < size * 4) throw new RangeError(`${rgba.length} bytes for ${width}×${height} pixels`);
  const grey = new Uint8ClampedArray(size);
  for (let pixel = 0, byte = 0; pixel < size; pixel++, byte += 4) {
    // Indexes are in range (checked above): `?? 0` only satisfies noUncheckedIndexedAccess.
    const r = rgba[byte] ?? 0;
    const g = rgba[byte + 1] ?? 0;
    const b = rgba[byte + 2] ?? 0;
    grey[pixel] = (r + 2 * g + b) >> 2;
  }
  return grey;
}
