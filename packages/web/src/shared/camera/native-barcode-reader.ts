import type { BarcodeReader } from './barcode-reader';

/** The barcode symbologies goods carry, in the names the browser's BarcodeDetector uses. */
export const RETAIL_FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128'] as const;

// The Shape Detection API is not in TypeScript's DOM library yet: only what is used here.
type DetectedBarcode = { readonly rawValue: string };
type BarcodeDetectorInstance = { detect(source: CanvasImageSource): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
};

/**
 * A reader on the browser's `BarcodeDetector`, or null when there is none or it cannot read EAN-13:
 * desktop Linux builds of Chromium expose the class yet support no format at all.
 */
export async function createNativeReader(): Promise<BarcodeReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const supported = await Detector.getSupportedFormats().catch(() => [] as string[]);
  if (!supported.includes('ean_13')) return null;
  const detector = new Detector({
    formats: RETAIL_FORMATS.filter((format) => supported.includes(format)) as string[],
  });
  return {
    kind: 'native',
    async read(video) {
      const [first] = await detector.detect(video);
      return first?.rawValue ?? null;
    },
  };
}
