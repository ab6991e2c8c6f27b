/**
 * What a caller draws on a PDF page. Units are PDF points (1/72 inch) and, unlike PDF itself, the
 * origin is the TOP-LEFT corner with y growing downwards, so layouts read like the paper.
 */

/** A line of text; `y` is its baseline, measured from the top. `align` positions the text relative to `x`. */
export type PdfTextOp = {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  /** Font size in points. */
  readonly size: number;
  /** One line: no wrapping happens here (see `textWidth` and `fitText`). */
  readonly text: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'right' | 'center';
};

/** A straight stroked line, e.g. a table rule. `width` is the stroke width, 0.5 pt unless told. */
export type PdfLineOp = {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width?: number;
};

/**
 * A rectangle whose top-left corner is (`x`, `y`): filled black when `fill` (a barcode bar), else
 * stroked with `lineWidth` (0.5 pt unless told).
 */
export type PdfRectOp = {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill?: boolean;
  readonly lineWidth?: number;
};

/** One drawing operation, painted in order. */
export type PdfOp = PdfTextOp | PdfLineOp | PdfRectOp;

/** A page of `width` × `height` points and what is drawn on it. */
export type PdfPage = {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly PdfOp[];
};

/** ISO A4 portrait in points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Millimetres to points: mm(210) ≈ 595.28. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}
