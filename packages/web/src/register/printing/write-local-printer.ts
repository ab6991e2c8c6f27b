import type { LocalPrinter } from './local-printer';
import { writeSerialPrinter } from './serial-printer';
import { writeUsbPrinter } from './usb-printer';

/** The write under way: a printer (its port, its interface) serves one write at a time. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Sends raw ESC/POS bytes to the printer paired on this device, by its transport, after any write
 * already under way (a receipt and a drawer kick pressed together both get through).
 */
export function writeLocalPrinter(printer: LocalPrinter, bytes: Uint8Array): Promise<void> {
  const write = queue
    .catch(() => undefined)
    .then(() =>
      printer.kind === 'usb' ? writeUsbPrinter(printer, bytes) : writeSerialPrinter(printer, bytes),
    );
  queue = write;
  return write;
}
