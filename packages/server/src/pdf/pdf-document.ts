import { deflateSync } from 'node:zlib';
import { FONT_RESOURCE, pageContent, pdfNumber } from './pdf-content';
import { fontObjects, utf16BeHex } from './pdf-font';
import type { PdfPage } from './pdf-page';

export { fitText, textWidth } from './pdf-font';
export { A4, mm, type PdfLineOp, type PdfOp, type PdfPage, type PdfRectOp, type PdfTextOp } from './pdf-page';

/** Document metadata written to the /Info dictionary. */
export type PdfInfo = { readonly title?: string };

// Fixed object numbers; page i (0-based) is object 7 + 2i and its content stream 8 + 2i.
const CATALOG = 1;
const PAGES = 2;
const TYPE0_FONT = 3;
const CID_FONT = 4;
const FONT_DESCRIPTOR = 5;
const INFO = 6;
const FIRST_PAGE = 7;

// A comment line of bytes ≥ 128 right after the header tells transfer tools the file is binary.
const HEADER = Uint8Array.from([
  ...Array.from('%PDF-1.7\n%', (c) => c.charCodeAt(0)),
  0xe2,
  0xe3,
  0xcf,
  0xd3,
  0x0a,
]);

/** Accumulates bytes and knows the offset of the next one, which the xref table needs. */
class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  offset = 0;

  bytes(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }

  /** Writes PDF syntax; it is ASCII by construction (text goes in as hex), and anything else is a bug. */
  text(s: string): void {
    if (!/^[\x20-\x7e\n]*$/.test(s)) throw new Error(`non-ASCII PDF syntax: ${JSON.stringify(s)}`);
    this.bytes(Buffer.from(s, 'latin1'));
  }

  result(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.chunks));
  }
}

function checkPage(page: PdfPage, index: number): void {
  const ok = (n: number) => Number.isFinite(n) && n > 0;
  if (!ok(page.width) || !ok(page.height)) {
    throw new RangeError(`page ${index + 1} needs a positive size, got ${page.width} × ${page.height}`);
  }
}

/**
 * Renders `pages` as a PDF 1.7 file: one non-embedded Chinese font (see pdf-font.ts), one
 * deflated content stream per page, a classic xref table. Deterministic: no dates or ids, so the
 * same pages always give the same bytes.
 * @throws RangeError when `pages` is empty, a page has no positive size or a coordinate is not finite.
 */
export function renderPdf(pages: readonly PdfPage[], info: PdfInfo = {}): Uint8Array {
  if (pages.length === 0) throw new RangeError('a PDF needs at least one page');
  pages.forEach(checkPage);

  const objects = new Map<number, string | { readonly dict: string; readonly stream: Uint8Array }>();
  const kids = pages.map((_, i) => `${FIRST_PAGE + 2 * i} 0 R`).join(' ');
  objects.set(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R >>`);
  objects.set(PAGES, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  const font = fontObjects({ cidFont: CID_FONT, descriptor: FONT_DESCRIPTOR });
  objects.set(TYPE0_FONT, font.type0);
  objects.set(CID_FONT, font.cidFont);
  objects.set(FONT_DESCRIPTOR, font.descriptor);
  // A UTF-16BE hex string with a BOM is the one text-string form that carries Chinese titles.
  const title = info.title === undefined ? '' : ` /Title <FEFF${utf16BeHex(info.title)}>`;
  objects.set(INFO, `<< /Producer (Kassa)${title} >>`);
  pages.forEach((page, i) => {
    const pageRef = FIRST_PAGE + 2 * i;
    objects.set(
      pageRef,
      `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${pdfNumber(page.width)} ${pdfNumber(page.height)}]` +
        ` /Resources << /Font << /${FONT_RESOURCE} ${TYPE0_FONT} 0 R >> >> /Contents ${pageRef + 1} 0 R >>`,
    );
    const stream = deflateSync(Buffer.from(pageContent(page), 'latin1'));
    objects.set(pageRef + 1, { dict: `<< /Length ${stream.length} /Filter /FlateDecode >>`, stream });
  });

  const out = new ByteWriter();
  out.bytes(HEADER);
  const size = objects.size + 1;
  const offsets: number[] = [];
  for (let n = 1; n < size; n += 1) {
    const body = objects.get(n);
    if (body === undefined) throw new Error(`PDF object ${n} missing`);
    offsets.push(out.offset);
    if (typeof body === 'string') {
      out.text(`${n} 0 obj\n${body}\nendobj\n`);
    } else {
      out.text(`${n} 0 obj\n${body.dict}\nstream\n`);
      out.bytes(body.stream);
      out.text('\nendstream\nendobj\n');
    }
  }
  const xref = out.offset;
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, space + LF.
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out.text(`xref\n0 ${size}\n0000000000 65535 f \n${entries}`);
  out.text(
    `trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${INFO} 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  return out.result();
}
