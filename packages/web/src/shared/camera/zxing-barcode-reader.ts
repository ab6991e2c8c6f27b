import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  Exception,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';
import type { BarcodeReader } from './barcode-reader';
import { rgbaLuminance } from './luminance';

// A phone camera may deliver 1920×1080: a barcode filling part of that is still many pixels per
// module at this size, and the decode stays well under the time between two attempts.
const MAX_SIDE = 1_280;

/**
 * A reader in JavaScript with ZXing: the video frame is drawn to a canvas, turned into grey levels
 * and decoded as one of the retail symbologies. Only ever loaded with `import()`.
 */
export function createZxingReader(): BarcodeReader {
  const reader = new MultiFormatReader();
  reader.setHints(
    new Map<DecodeHintType, unknown>([
      [
        DecodeHintType.POSSIBLE_FORMATS,
        [
          BarcodeFormat.EAN_13,
          BarcodeFormat.EAN_8,
          BarcodeFormat.UPC_A,
          BarcodeFormat.UPC_E,
          BarcodeFormat.CODE_128,
        ],
      ],
      [DecodeHintType.TRY_HARDER, true],
    ]),
  );
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    kind: 'zxing',
    async read(video) {
      if (!context || video.videoWidth === 0) return null;
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.round(video.videoWidth * scale);
      const height = Math.round(video.videoHeight * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.drawImage(video, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      const source = new RGBLuminanceSource(rgbaLuminance(data, width, height), width, height);
      try {
        return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
      } catch (failure) {
        // ZXing throws (NotFound, Checksum, Format…) for every frame without a readable code.
        if (failure instanceof Exception) return null;
        throw failure;
      }
    },
  };
}
