import { describe, expect, it } from 'vitest';
import { rgbaLuminance } from './luminance';

const rgba = (...pixels: number[][]) => new Uint8ClampedArray(pixels.flat());

describe('rgbaLuminance', () => {
  it('keeps white white and black black, one byte per pixel', () => {
    expect([...rgbaLuminance(rgba([255, 255, 255, 255], [0, 0, 0, 255]), 2, 1)]).toEqual([255, 0]);
  });

  it('weighs green twice, as ZXing does: (R + 2G + B) / 4, rounded down', () => {
    // Pure red 255 → 63; pure green → 127; pure blue → 63; grey 100 stays 100.
    const grey = rgbaLuminance(
      rgba([255, 0, 0, 255], [0, 255, 0, 255], [0, 0, 255, 255], [100, 100, 100, 255]),
      2,
      2,
    );
    expect([...grey]).toEqual([63, 127, 63, 100]);
  });

  it('ignores alpha', () => {
    expect([...rgbaLuminance(rgba([200, 200, 200, 0]), 1, 1)]).toEqual([200]);
  });

  it('refuses a buffer smaller than the image it is said to be', () => {
    expect(() => rgbaLuminance(new Uint8ClampedArray(7), 2, 1)).toThrow(RangeError);
  });
});
