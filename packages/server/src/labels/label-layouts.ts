import { mm } from '../pdf/pdf-document';

/** Where labels sit: the page, and the grid of labels on it (points). */
export interface LabelLayoutGeometry {
  readonly page: { readonly width: number; readonly height: number };
  readonly columns: number;
  readonly rows: number;
  readonly label: { readonly width: number; readonly height: number };
  /** The top-left corner of the first label. */
  readonly origin: { readonly x: number; readonly y: number };
}

const sheet = (columns: number, rows: number, width: number, height: number): LabelLayoutGeometry => ({
  page: { width: mm(210), height: mm(297) },
  columns,
  rows,
  label: { width: mm(width), height: mm(height) },
  // Centred on A4: the common 3 × 8 (70 × 37 mm) sheet leaves half a millimetre top and bottom.
  origin: { x: mm((210 - columns * width) / 2), y: mm((297 - rows * height) / 2) },
});

const roll = (width: number, height: number): LabelLayoutGeometry => ({
  page: { width: mm(width), height: mm(height) },
  columns: 1,
  rows: 1,
  label: { width: mm(width), height: mm(height) },
  origin: { x: 0, y: 0 },
});

/** Each layout the API offers (see `LabelLayout`). */
export const LABEL_LAYOUTS = {
  'a4-3x8': sheet(3, 8, 70, 37),
  'a4-4x10': sheet(4, 10, 52.5, 29.7),
  'roll-40x30': roll(40, 30),
  'roll-50x30': roll(50, 30),
  'roll-60x40': roll(60, 40),
} as const satisfies Record<string, LabelLayoutGeometry>;

export type LabelLayout = keyof typeof LABEL_LAYOUTS;
