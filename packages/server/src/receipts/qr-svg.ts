import qrcode from 'qrcode-generator';

/**
 * `data` as a QR code in an inline SVG (error correction M, the smallest version that holds it),
 * for HTML receipts; printers draw their own from the ESC/POS command.
 */
export function qrSvg(data: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(data, 'Byte');
  qr.make();
  return qr.createSvgTag({ cellSize: 3, margin: 2, scalable: true });
}
