import { type GtinKind, validateGtin } from './gtin';
import { parseScaleBarcode, type ScaleBarcode, type ScaleBarcodeTemplate } from './scale-barcode';

/** What a scanned code is: a scale label, a product GTIN, or something else (e.g. a receipt number). */
export type ScanResult =
  | { readonly kind: 'scale'; readonly label: ScaleBarcode }
  | { readonly kind: 'gtin'; readonly gtin: string; readonly symbology: GtinKind }
  | { readonly kind: 'unknown'; readonly code: string };

/**
 * Classifies a scanned code. Scale labels are checked first because they are valid EAN-13s too;
 * then GTINs by length and check digit (look products up by the normalized `gtin`).
 */
export function classifyScan(code: string, templates: readonly ScaleBarcodeTemplate[]): ScanResult {
  const trimmed = code.trim();
  const label = parseScaleBarcode(trimmed, templates);
  if (label) return { kind: 'scale', label };
  const gtin = validateGtin(trimmed);
  if (gtin.ok) return { kind: 'gtin', gtin: gtin.value.normalized, symbology: gtin.value.kind };
  return { kind: 'unknown', code: trimmed };
}
