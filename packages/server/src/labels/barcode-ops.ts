import { code128Bars, ean8Bars, ean13Bars, validateGtin } from '@kassa/core';
import type { PdfOp } from '../pdf/pdf-document';

/** A symbol to draw: its bars as module widths (bar first), its quiet zones, its digits. */
export type BarcodeSymbol = {
  readonly widths: readonly number[];
  readonly quiet: number;
  readonly text: string;
};

/**
 * The symbol for a product: its first EAN-13, UPC-A (drawn as EAN-13 with a leading 0) or EAN-8
 * barcode, else its SKU as Code 128. Undefined when neither can be drawn (a SKU outside ASCII).
 */
export function productSymbol(barcodes: readonly string[], sku: string): BarcodeSymbol | undefined {
  for (const barcode of barcodes) {
    const gtin = validateGtin(barcode, { eightDigits: 'ean8' });
    if (!gtin.ok) continue;
    if (gtin.value.kind === 'ean8') {
      const bars = ean8Bars(barcode);
      if (bars.ok) return { widths: bars.value, quiet: 7, text: barcode };
    } else if (gtin.value.kind !== 'upce') {
      const code = barcode.padStart(13, '0');
      const bars = ean13Bars(code);
      if (bars.ok) return { widths: bars.value, quiet: 9, text: code };
    }
  }
  const bars = code128Bars(sku);
  return bars.ok ? { widths: bars.value, quiet: 10, text: sku } : undefined;
}

/**
 * The symbol drawn in the box (`x`, `y` top-left, `width` × `height` points, digits included):
 * bars scaled so bars and quiet zones fill the width, the digits in the bottom fifth.
 */
export function barcodeOps(
  symbol: BarcodeSymbol,
  x: number,
  y: number,
  width: number,
  height: number,
): PdfOp[] {
  const modules = symbol.widths.reduce((sum, w) => sum + w, 0) + 2 * symbol.quiet;
  const module = width / modules;
  const textSize = Math.min(height * 0.2, module * 7);
  const barHeight = height - textSize * 1.2;
  const ops: PdfOp[] = [];
  let at = x + symbol.quiet * module;
  for (const [index, w] of symbol.widths.entries()) {
    if (index % 2 === 0)
      ops.push({ kind: 'rect', x: at, y, width: w * module, height: barHeight, fill: true });
    at += w * module;
  }
  ops.push({
    kind: 'text',
    x: x + width / 2,
    y: y + height - textSize * 0.1,
    size: textSize,
    text: symbol.text,
    align: 'center',
  });
  return ops;
}
