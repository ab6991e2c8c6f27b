import { pdfTextHex, textWidth } from './pdf-font';
import type { PdfPage } from './pdf-page';

/** The font resource name content streams use; the page's /Resources maps it to the Type0 font. */
export const FONT_RESOURCE = 'F1';

const DEFAULT_LINE_WIDTH = 0.5;
// Fake bold: fill AND stroke the glyph outlines (text render mode 2) with a thin pen. Works in
// every viewer, unlike a bold /FontDescriptor, which most substitutes ignore for non-embedded fonts.
const BOLD_STROKE_PER_POINT = 0.03;

/** A number as PDF syntax: at most 3 decimals, no exponent, no '-0'. */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`PDF coordinates must be finite, got ${n}`);
  const rounded = Math.round(n * 1000) / 1000;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * The content stream (uncompressed operator text, ASCII only) that draws `page.ops` in order,
 * flipping the caller's top-left coordinates to PDF's bottom-left ones (y' = height − y).
 * Consecutive shapes painted alike share one path, so a barcode of 30 bars is 30 `re` and one `f`.
 */
export function pageContent(page: PdfPage): string {
  const out: string[] = [];
  const flipY = (y: number) => pdfNumber(page.height - y);
  let painting: 'fill' | 'stroke' | null = null;
  // PDF's initial graphics state: 1 pt pen, text render mode 0 (fill).
  let lineWidth = 1;
  let renderMode = 0;

  const endPath = () => {
    if (painting) out.push(painting === 'fill' ? 'f' : 'S');
    painting = null;
  };
  const setLineWidth = (width: number) => {
    if (width !== lineWidth) out.push(`${pdfNumber(width)} w`);
    lineWidth = width;
  };
  // `w` is illegal between path segments, so a new pen width first ends the open path.
  const startPath = (paint: 'fill' | 'stroke', width?: number) => {
    if (painting !== paint || (width !== undefined && width !== lineWidth)) endPath();
    if (width !== undefined) setLineWidth(width);
    painting = paint;
  };

  for (const op of page.ops) {
    switch (op.kind) {
      case 'rect': {
        if (op.fill) startPath('fill');
        else startPath('stroke', op.lineWidth ?? DEFAULT_LINE_WIDTH);
        // `re` takes the bottom-left corner; the caller gave the top-left one.
        out.push(
          `${pdfNumber(op.x)} ${flipY(op.y + op.height)} ${pdfNumber(op.width)} ${pdfNumber(op.height)} re`,
        );
        break;
      }
      case 'line': {
        startPath('stroke', op.width ?? DEFAULT_LINE_WIDTH);
        out.push(`${pdfNumber(op.x1)} ${flipY(op.y1)} m ${pdfNumber(op.x2)} ${flipY(op.y2)} l`);
        break;
      }
      case 'text': {
        if (op.text === '') break;
        endPath();
        const width = textWidth(op.text, op.size);
        const x = op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
        const mode = op.bold ? 2 : 0;
        if (op.bold) setLineWidth(op.size * BOLD_STROKE_PER_POINT);
        const modeOp = mode !== renderMode ? ` ${mode} Tr` : '';
        renderMode = mode;
        out.push(
          `BT /${FONT_RESOURCE} ${pdfNumber(op.size)} Tf${modeOp} 1 0 0 1 ${pdfNumber(x)} ${flipY(op.y)} Tm ${pdfTextHex(op.text)} Tj ET`,
        );
        break;
      }
    }
  }
  endPath();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
