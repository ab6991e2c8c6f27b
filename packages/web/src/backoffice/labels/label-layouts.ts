import type { LabelsBody } from '@kassa/api';

/** Where labels are printed, as the API names it. */
export type LabelLayout = NonNullable<LabelsBody['layout']>;

/** What labels are printed: shelf labels (价签) or barcode stickers (条码贴). */
export type LabelKind = NonNullable<LabelsBody['kind']>;

/** The kinds, the shelf label first: it is what a shop prints most. */
export const LABEL_KINDS: readonly LabelKind[] = ['shelf', 'sticker'];

/** Labels per A4 sheet, as the server lays them out (labels.ts in the API). */
const PER_SHEET: Readonly<Partial<Record<LabelLayout, number>>> = { 'a4-3x8': 24, 'a4-4x10': 40 };

/** A4 sheets first, then the label printer's rolls, as the layout select lists them. */
export const SHEET_LAYOUTS: readonly LabelLayout[] = ['a4-3x8', 'a4-4x10'];
export const ROLL_LAYOUTS: readonly LabelLayout[] = ['roll-40x30', 'roll-50x30', 'roll-60x40'];

/** Labels on one A4 sheet of the layout; null for a roll (one label a page, nothing to skip). */
export function labelsPerSheet(layout: LabelLayout): number | null {
  return PER_SHEET[layout] ?? null;
}

/** How many sheets the labels take after `skip` used ones on the first: 20 used + 30 at 24 a sheet is 3. */
export function sheetsNeeded(layout: LabelLayout, skip: number, labels: number): number | null {
  const perSheet = labelsPerSheet(layout);
  if (perSheet === null) return null;
  return labels === 0 ? 0 : Math.ceil((skip + labels) / perSheet);
}
