import type { LocalPrinter, Paper } from './local-printer';
import { usbIds } from './usb-printer';

// The part of Web Serial (Chromium only) a receipt printer needs; TypeScript's DOM library has no types for it.
type SerialPortInfo = { readonly usbVendorId?: number; readonly usbProductId?: number };
type SerialPort = {
  readonly writable: WritableStream<Uint8Array> | null;
  getInfo(): SerialPortInfo;
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
};
type Serial = { requestPort(): Promise<SerialPort>; getPorts(): Promise<SerialPort[]> };

/** The speed most serial receipt printers ship with. */
export const DEFAULT_BAUD_RATE = 9600;

function serial(): Serial | undefined {
  return (navigator as Navigator & { serial?: Serial }).serial;
}

/** Whether this browser can drive a serial printer (Chromium over HTTPS or localhost). */
export function hasWebSerial(): boolean {
  return serial() !== undefined;
}

/** Asks the cashier to pick the port the printer is on (the browser's own chooser; needs a click). */
export async function pairSerialPrinter(paper: Paper, baudRate: number): Promise<LocalPrinter> {
  const api = serial();
  if (!api) throw new Error('Web Serial is not available in this browser');
  const port = await api.requestPort();
  const info = port.getInfo();
  const ids = info.usbVendorId === undefined ? '' : usbIds(info.usbVendorId, info.usbProductId ?? 0);
  return {
    kind: 'serial',
    paper,
    baudRate,
    ...(info.usbVendorId === undefined ? {} : { vendorId: info.usbVendorId }),
    ...(info.usbProductId === undefined ? {} : { productId: info.usbProductId }),
    name: ids,
  };
}

/**
 * Sends raw ESC/POS bytes to the paired serial printer: finds its port among those the cashier
 * allowed (by USB ids when it has them), opens it at the printer's speed, writes and closes, so
 * the port is free for the next print and for other tabs.
 */
export async function writeSerialPrinter(
  printer: Extract<LocalPrinter, { kind: 'serial' }>,
  bytes: Uint8Array,
): Promise<void> {
  const api = serial();
  if (!api) throw new Error('Web Serial is not available in this browser');
  const ports = await api.getPorts();
  // Without USB ids (a built-in RS-232 port) the port is found only when it is the one allowed:
  // among several, guessing could send receipts to a scale or a customer display.
  const port =
    printer.vendorId === undefined
      ? ports.length === 1
        ? ports[0]
        : undefined
      : ports.find(
          (p) =>
            p.getInfo().usbVendorId === printer.vendorId && p.getInfo().usbProductId === printer.productId,
        );
  if (!port) throw new Error('the serial printer is not connected, or not told apart from other ports');
  await port.open({ baudRate: printer.baudRate });
  try {
    const writer = port.writable?.getWriter();
    if (!writer) throw new Error('the serial port cannot be written');
    try {
      await writer.write(bytes);
    } finally {
      writer.releaseLock();
    }
  } finally {
    await port.close();
  }
}
