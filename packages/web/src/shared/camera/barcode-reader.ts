import { createNativeReader } from './native-barcode-reader';

/** Which decoder reads the frames: the browser's own, or ZXing in JavaScript. */
export type BarcodeReaderKind = 'native' | 'zxing';

/** Reads the barcode in the video's current frame. */
export type BarcodeReader = {
  readonly kind: BarcodeReaderKind;
  /** The code in view, or null when the frame shows none that can be read. */
  readonly read: (video: HTMLVideoElement) => Promise<string | null>;
};

/**
 * The best barcode reader this browser has: its `BarcodeDetector` when it reads EAN-13 (Chrome on
 * Android and macOS), else ZXing, loaded only now so the library stays out of the main bundle.
 */
export async function createBarcodeReader(): Promise<BarcodeReader> {
  const native = await createNativeReader();
  if (native) return native;
  const { createZxingReader } = await import('./zxing-barcode-reader');
  return createZxingReader();
}
