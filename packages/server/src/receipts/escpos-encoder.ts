import { DRAWER_PULSE } from '@kassa/core';
import iconv from 'iconv-lite';

/** Horizontal alignment of printed text (ESC a). */
export type EscPosAlign = 'left' | 'center' | 'right';

/** How one printed line looks. */
export type EscPosLineStyle = {
  readonly bold?: boolean;
  readonly align?: EscPosAlign;
  /** Double width and height (GS ! 0x11): the line must then fit half the columns. */
  readonly double?: boolean;
};

/** One printed line of text and its style. */
export type EscPosLine = { readonly text: string; readonly style?: EscPosLineStyle };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

const ALIGN: Readonly<Record<EscPosAlign, number>> = { left: 0, center: 1, right: 2 };

/** ESC @: reset the printer to its power-on state. */
const INIT = [ESC, 0x40];
/** FS &: Chinese character mode, so two-byte GB18030 codes print as hanzi. */
const CHINESE_ON = [FS, 0x26];
/** FS .: back to single-byte mode. */
const CHINESE_OFF = [FS, 0x2e];
/** GS V 66 0: feed to the cutter and cut, leaving a hinge (partial cut). */
const PARTIAL_CUT = [GS, 0x56, 66, 0];
/** ESC p 0 25 250: pulse the cash drawer on pin 2 (connected through the printer). */
export const DRAWER_KICK = [...DRAWER_PULSE];

/** What else goes on the paper besides the lines. */
export type EscPosOptions = {
  /** Lines fed before the cut; 4 by default. */
  readonly feedLines?: number;
  /** Printed as a centred CODE128 barcode with its text below (a receipt number, for refunds). */
  readonly barcode?: string;
  /** Open the cash drawer first. */
  readonly kickDrawer?: boolean;
  /** Printed last as a centred QR code (model 2, error correction M) with its caption above. */
  readonly qr?: { readonly data: string; readonly caption: string };
};

/** GS ( k: store `data` as a model 2 QR code of `moduleSize` dots, error correction M, and print it. */
function qrCode(data: string, moduleSize: number): number[] {
  const bytes = [...Buffer.from(data, 'utf8')];
  const stored = bytes.length + 3;
  return [
    ...[GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0], // model 2
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleSize],
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31], // error correction M (15%)
    ...[GS, 0x28, 0x6b, stored & 0xff, stored >> 8, 0x31, 0x50, 0x30, ...bytes],
    ...[GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30], // print it
  ];
}

/** GS H 2, GS h 80, GS w 2, GS k 73 n {B data: a CODE128 (subset B) barcode, text below. */
function code128(data: string): number[] {
  const ascii = [...data].filter((c) => c >= ' ' && c <= '~').map((c) => c.charCodeAt(0));
  const payload = [0x7b, 0x42, ...ascii];
  return [GS, 0x48, 2, GS, 0x68, 80, GS, 0x77, 2, GS, 0x6b, 73, payload.length, ...payload];
}

/**
 * Encodes text lines as ESC/POS bytes for a Chinese thermal receipt printer: initialize, enter
 * Chinese mode, print each line (GB18030 text, with bold, double size and alignment only where the
 * style asks, reset after the line), leave Chinese mode, feed `feedLines` and cut. Pure: the
 * transport that moves the bytes to the printer is a separate concern.
 */
export function encodeEscPos(lines: readonly EscPosLine[], options: EscPosOptions = {}): Uint8Array {
  const parts: (number[] | Buffer)[] = [INIT];
  if (options.kickDrawer) parts.push(DRAWER_KICK);
  parts.push(CHINESE_ON);
  for (const { text, style = {} } of lines) {
    const align = style.align ?? 'left';
    if (align !== 'left') parts.push([ESC, 0x61, ALIGN[align]]);
    if (style.bold) parts.push([ESC, 0x45, 1]);
    if (style.double) parts.push([GS, 0x21, 0x11]);
    parts.push(iconv.encode(text, 'gb18030'), [LF]);
    if (style.double) parts.push([GS, 0x21, 0]);
    if (style.bold) parts.push([ESC, 0x45, 0]);
    if (align !== 'left') parts.push([ESC, 0x61, 0]);
  }
  parts.push(CHINESE_OFF);
  if (options.barcode) parts.push([ESC, 0x61, 1], code128(options.barcode), [LF, ESC, 0x61, 0]);
  if (options.qr) {
    const caption = iconv.encode(options.qr.caption, 'gb18030');
    parts.push([LF, ESC, 0x61, 1], CHINESE_ON, caption, [LF], CHINESE_OFF, qrCode(options.qr.data, 5), [
      LF,
      ESC,
      0x61,
      0,
    ]);
  }
  // ESC d n: feed n lines so the last printed line clears the cutter.
  parts.push([ESC, 0x64, Math.max(0, Math.min(255, options.feedLines ?? 4))], PARTIAL_CUT);
  const size = parts.reduce((n, part) => n + part.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
