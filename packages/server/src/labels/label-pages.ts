import { fitText, type PdfOp, type PdfPage, textWidth } from '../pdf/pdf-document';
import { type BarcodeSymbol, barcodeOps } from './barcode-ops';
import { LABEL_LAYOUTS, type LabelLayout } from './label-layouts';

/** What one label shows. */
export interface LabelContent {
  readonly name: string;
  /** The price as printed ('12.99'), and what it is per ('元/件', 'CNY / kg'). */
  readonly price: string;
  readonly per: string;
  readonly sku: string;
  /** Undefined when the product has nothing a barcode can carry. */
  readonly symbol: BarcodeSymbol | undefined;
}

/**
 * Labels laid out on pages: row by row across each sheet after the `skip` labels already used on
 * the first, or one per page on a roll. A shelf label leads with the name and a large price, the
 * barcode small below; a sticker leads with the barcode, name and price small above it.
 */
export function labelPages(
  labels: readonly LabelContent[],
  kind: 'shelf' | 'sticker',
  layoutName: LabelLayout,
  skip: number,
): PdfPage[] {
  const layout = LABEL_LAYOUTS[layoutName];
  const perPage = layout.columns * layout.rows;
  const pages: PdfOp[][] = [];
  for (const [index, label] of labels.entries()) {
    const slot = index + (perPage > 1 ? skip : 0);
    const pageIndex = Math.floor(slot / perPage);
    const place = slot % perPage;
    while (pages.length <= pageIndex) pages.push([]);
    const x = layout.origin.x + (place % layout.columns) * layout.label.width;
    const y = layout.origin.y + Math.floor(place / layout.columns) * layout.label.height;
    const draw = kind === 'shelf' ? shelfLabel : sticker;
    pages[pageIndex]?.push(...draw(label, x, y, layout.label.width, layout.label.height));
  }
  return pages.map((ops) => ({ ...layout.page, ops }));
}

function shelfLabel(label: LabelContent, x: number, y: number, width: number, height: number): PdfOp[] {
  const pad = Math.min(width, height) * 0.07;
  const inner = width - 2 * pad;
  const nameSize = height * 0.13;
  const priceSize = height * 0.3;
  const ops: PdfOp[] = [
    {
      kind: 'text',
      x: x + pad,
      y: y + pad + nameSize,
      size: nameSize,
      text: fitText(label.name, nameSize, inner),
      bold: true,
    },
    {
      kind: 'text',
      x: x + pad,
      y: y + pad + nameSize * 1.1 + priceSize,
      size: priceSize,
      text: label.price,
      bold: true,
    },
    {
      kind: 'text',
      x: x + pad + textWidth(label.price, priceSize) + priceSize * 0.15,
      y: y + pad + nameSize * 1.1 + priceSize,
      size: nameSize * 0.8,
      text: label.per,
    },
  ];
  const bottom = y + height - pad;
  const codeHeight = height * 0.3;
  if (label.symbol)
    ops.push(
      ...barcodeOps(label.symbol, x + width * 0.45, bottom - codeHeight, width * 0.55 - pad, codeHeight),
    );
  ops.push({
    kind: 'text',
    x: x + pad,
    y: bottom,
    size: nameSize * 0.7,
    text: fitText(label.sku, nameSize * 0.7, width * 0.4),
  });
  return ops;
}

function sticker(label: LabelContent, x: number, y: number, width: number, height: number): PdfOp[] {
  const pad = Math.min(width, height) * 0.07;
  const inner = width - 2 * pad;
  const size = height * 0.11;
  const ops: PdfOp[] = [
    { kind: 'text', x: x + pad, y: y + pad + size, size, text: fitText(label.name, size, inner * 0.65) },
    {
      kind: 'text',
      x: x + width - pad,
      y: y + pad + size,
      size,
      text: `${label.price} ${label.per}`,
      bold: true,
      align: 'right',
    },
  ];
  if (label.symbol)
    ops.push(
      ...barcodeOps(label.symbol, x + pad, y + pad + size * 1.6, inner, height - 2 * pad - size * 1.6),
    );
  return ops;
}
