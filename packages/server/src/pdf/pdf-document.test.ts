import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { A4, type PdfOp, type PdfPage, renderPdf } from './pdf-document';

type ParsedObject = { readonly dict: string; readonly stream?: string };

/**
 * Reads a rendered file the way a viewer does: startxref → xref table → each object at its byte
 * offset, streams cut by their /Length and inflated. Fails the test on any inconsistency.
 */
function readPdf(bytes: Uint8Array) {
  const buf = Buffer.from(bytes);
  const latin1 = buf.toString('latin1');
  const startxref = /startxref\n(\d+)\n%%EOF\n$/.exec(latin1);
  if (!startxref) throw new Error('no startxref');
  const xrefAt = Number(startxref[1]);
  const xref = /^xref\n0 (\d+)\n((?:\d{10} \d{5} [nf] \n)+)trailer\n(<<.*>>)\n/s.exec(latin1.slice(xrefAt));
  if (!xref) throw new Error('no xref table at startxref');
  const rows = xref[2]?.match(/.{20}/gs) ?? [];
  expect(rows).toHaveLength(Number(xref[1]));
  const objects = new Map<number, ParsedObject>();
  for (const [n, row] of rows.entries()) {
    if (n === 0) {
      expect(row).toBe('0000000000 65535 f \n');
      continue;
    }
    const offset = Number(row.slice(0, 10));
    const head = `${n} 0 obj\n`;
    expect(latin1.slice(offset, offset + head.length)).toBe(head);
    const dictEnd = latin1.indexOf('\n', offset + head.length);
    const dict = latin1.slice(offset + head.length, dictEnd);
    const length = /\/Length (\d+)/.exec(dict);
    if (!length) {
      objects.set(n, { dict });
      continue;
    }
    expect(latin1.slice(dictEnd, dictEnd + 8)).toBe('\nstream\n');
    const start = dictEnd + 8;
    const end = start + Number(length[1]);
    expect(latin1.slice(end, end + 17)).toBe('\nendstream\nendobj');
    objects.set(n, { dict, stream: inflateSync(buf.subarray(start, end)).toString('latin1') });
  }
  const trailer = xref[3] ?? '';
  const ref = (key: string, dict: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const get = (n: number) => {
    const o = objects.get(n);
    if (!o) throw new Error(`object ${n} missing`);
    return o;
  };
  const pagesDict = get(ref('Pages', get(ref('Root', trailer)).dict)).dict;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesDict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
  const pages = kids.map((k) => {
    const dict = get(Number(k[1])).dict;
    return { dict, content: get(ref('Contents', dict)).stream ?? '' };
  });
  return { latin1, trailer, pagesDict, pages, info: get(ref('Info', trailer)).dict, get, ref };
}

const page = (ops: readonly PdfOp[]): PdfPage => ({ ...A4, ops });

describe('renderPdf', () => {
  it('writes a 1.7 header, then a binary comment line', () => {
    const bytes = renderPdf([page([])]);
    expect(Buffer.from(bytes.subarray(0, 10)).toString('latin1')).toBe('%PDF-1.7\n%');
    expect([...bytes.subarray(10, 14)].every((b) => b >= 128)).toBe(true);
    expect(bytes[14]).toBe(0x0a);
  });

  it('has an xref entry pointing at every object, even after multi-byte text', () => {
    // The stream bytes are binary (deflated) and the title Chinese: offsets must count bytes.
    const pdf = readPdf(
      renderPdf([page([{ kind: 'text', x: 10, y: 10, size: 9, text: '采购单' }])], { title: '采购' }),
    );
    expect(pdf.trailer).toMatch(/\/Size 9 /);
    expect(pdf.trailer).toMatch(/\/Root 1 0 R/);
    expect(pdf.trailer).toMatch(/\/Info 6 0 R/);
  });

  it('lists each page with its A4 MediaBox', () => {
    const pdf = readPdf(renderPdf([page([]), page([]), { width: 100, height: 50, ops: [] }]));
    expect(pdf.pagesDict).toMatch(/\/Count 3\b/);
    expect(pdf.pages.map((p) => /\/MediaBox \[([^\]]*)\]/.exec(p.dict)?.[1])).toEqual([
      '0 0 595.28 841.89',
      '0 0 595.28 841.89',
      '0 0 100 50',
    ]);
  });

  it('uses the non-embedded STSong-Light with UniGB-UTF16-H and half-width ASCII', () => {
    const pdf = readPdf(renderPdf([page([])]));
    const fontRef = Number(/\/F1 (\d+) 0 R/.exec(pdf.pages[0]?.dict ?? '')?.[1]);
    const type0 = pdf.get(fontRef).dict;
    expect(type0).toContain('/Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H');
    const cidFont = pdf.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(type0)?.[1])).dict;
    expect(cidFont).toContain('/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>');
    expect(cidFont).toContain('/DW 1000 /W [1 95 500]');
    expect(pdf.get(pdf.ref('FontDescriptor', cidFont)).dict).not.toContain('/FontFile');
  });

  it('writes text as UTF-16BE hex at the baseline flipped to bottom-left', () => {
    const pdf = readPdf(renderPdf([page([{ kind: 'text', x: 56.7, y: 70, size: 18, text: '采购单 PO-1' }])]));
    // 采 U+91C7, 购 U+8D2D, 单 U+5355, then ' PO-1' one code unit each; no BOM in content strings.
    expect(pdf.pages[0]?.content).toBe(
      'BT /F1 18 Tf 1 0 0 1 56.7 771.89 Tm <91C78D2D535500200050004F002D0031> Tj ET\n',
    );
  });

  it('encodes a character outside the BMP as a surrogate pair', () => {
    const pdf = readPdf(renderPdf([page([{ kind: 'text', x: 0, y: 10, size: 10, text: 'a𠀀' }])]));
    expect(pdf.pages[0]?.content).toContain('<0061D840DC00> Tj');
  });

  it('starts right-aligned text at x − width and centred text at x − width / 2', () => {
    // 'AB采' at 10 pt: 5 + 5 + 10 = 20 pt wide.
    const pdf = readPdf(
      renderPdf([
        page([
          { kind: 'text', x: 300, y: 100, size: 10, text: 'AB采', align: 'right' },
          { kind: 'text', x: 300, y: 120, size: 10, text: 'AB采', align: 'center' },
        ]),
      ]),
    );
    expect(pdf.pages[0]?.content).toContain('1 0 0 1 280 741.89 Tm');
    expect(pdf.pages[0]?.content).toContain('1 0 0 1 290 721.89 Tm');
  });

  it('fakes bold by filling and stroking the glyphs, and switches back for regular text', () => {
    const pdf = readPdf(
      renderPdf([
        page([
          { kind: 'text', x: 0, y: 20, size: 20, text: 'B', bold: true },
          { kind: 'text', x: 0, y: 40, size: 20, text: 'r' },
        ]),
      ]),
    );
    expect(pdf.pages[0]?.content).toBe(
      '0.6 w\nBT /F1 20 Tf 2 Tr 1 0 0 1 0 821.89 Tm <0042> Tj ET\nBT /F1 20 Tf 0 Tr 1 0 0 1 0 801.89 Tm <0072> Tj ET\n',
    );
  });

  it('draws lines and rectangles at flipped coordinates, bars in one filled path', () => {
    const bars: PdfOp[] = [10, 12, 16].map((x) => ({
      kind: 'rect',
      x,
      y: 20,
      width: 1,
      height: 40,
      fill: true,
    }));
    const pdf = readPdf(
      renderPdf([
        page([
          ...bars,
          { kind: 'line', x1: 10, y1: 100, x2: 200, y2: 100 },
          { kind: 'line', x1: 10, y1: 120, x2: 200, y2: 120 },
          { kind: 'rect', x: 5, y: 200, width: 50, height: 25, lineWidth: 2 },
        ]),
      ]),
    );
    // A bar's top-left (10, 20) with height 40 has its bottom-left at 841.89 − 60 = 781.89.
    expect(pdf.pages[0]?.content).toBe(
      [
        '10 781.89 1 40 re',
        '12 781.89 1 40 re',
        '16 781.89 1 40 re',
        'f',
        '0.5 w',
        '10 741.89 m 200 741.89 l',
        '10 721.89 m 200 721.89 l',
        'S',
        '2 w',
        '5 616.89 50 25 re',
        'S',
        '',
      ].join('\n'),
    );
  });

  it('writes a page without ops as a valid page with an empty content stream', () => {
    const pdf = readPdf(renderPdf([page([])]));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]?.content).toBe('');
  });

  it('writes a Chinese title as UTF-16BE hex with a byte-order mark', () => {
    expect(readPdf(renderPdf([page([])], { title: '采购单 (1)' })).info).toBe(
      '<< /Producer (Kassa) /Title <FEFF91C78D2D53550020002800310029> >>',
    );
  });

  it('renders the same pages to the same bytes', () => {
    const pages = [page([{ kind: 'text', x: 1, y: 2, size: 3, text: 'x' }])];
    expect(renderPdf(pages)).toEqual(renderPdf(pages));
  });

  it('refuses no pages, a zero-size page and a non-finite coordinate', () => {
    expect(() => renderPdf([])).toThrow(RangeError);
    expect(() => renderPdf([{ width: 0, height: 10, ops: [] }])).toThrow(RangeError);
    expect(() => renderPdf([page([{ kind: 'line', x1: Number.NaN, y1: 0, x2: 1, y2: 1 }])])).toThrow(
      RangeError,
    );
  });
});
